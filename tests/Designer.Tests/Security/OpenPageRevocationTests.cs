using Microsoft.Playwright;
using Mpp.Workflows.Designer.Administration;
using Mpp.Workflows.Designer.Tests.Browser;
using Mpp.Workflows.Engine.Model;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// An open interactive page (a Blazor circuit) ends within the revalidation interval (1 s on the browser host, 30 s
/// shipped) once its account's password is reset or its role changes: the browser lands on the sign-in page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenPageRevocationTests(BrowserHost host)
{
    [Fact]
    public async Task OpenAdminPage_GoesToSignIn_SoonAfterThePasswordIsReset()
    {
        var username = await CreateAccountAsync("admin.cadangan", office: null, role: "Admin");
        var page = await SignedInAsync(username);
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administrasi", Level = 1 })).ToBeVisibleAsync();

        await Directory.ResetPasswordAsync(username, new PasswordReset("baru-rahasia-456"), Admin, CancellationToken.None);

        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 15_000 });
        Assert.Contains("returnUrl=%2Fadmin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenInbox_GoesToSignIn_SoonAfterTheRoleChanges()
    {
        var username = await CreateAccountAsync("dinkes.cadangan", office: "DINKES", role: "Reviewer");
        var page = await SignedInAsync(username);
        await page.GotoAsync("/inbox");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(username);

        await Directory.UpdateUserAsync(
            username, new StaffAccountChange("Cadangan", "DINKES", ["Reviewer", "Head"], Active: true), Admin, CancellationToken.None);

        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 15_000 });
    }

    private static Actor Admin { get; } = new("admin", null, ["Admin"]);

    private StaffDirectory Directory => host.Services.GetRequiredService<StaffDirectory>();

    private async Task<string> CreateAccountAsync(string prefix, string? office, string role)
    {
        var username = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
        await Directory.CreateUserAsync(
            new NewStaffAccount(username, "Cadangan", "rahasia-123", office, [role]), Admin, CancellationToken.None);
        return username;
    }

    private async Task<IPage> SignedInAsync(string username)
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Nama pengguna").FillAsync(username);
        await page.GetByLabel("Kata sandi").FillAsync("rahasia-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }
}
