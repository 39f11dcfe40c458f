using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// Issue 10: the pages' content security policy (scripts from the host only, the import map by nonce) leaves every key
/// page working in a real browser, and Chromium reports no violation on any of them: the applicant's form with the
/// Indonesian input rules, sign-in, the inbox, the administration and the designer's interactive diagram.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserHost host)
{
    [Fact]
    public async Task KeyPages_RenderAndWork_WithoutAPolicyViolation()
    {
        var violations = new List<string>();
        void Watch(IPage page)
        {
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                    || message.Text.Contains("Refused to", StringComparison.Ordinal))
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            };
            page.PageError += (_, error) => violations.Add($"{page.Url}: page error {error}");
        }

        var applicant = await host.NewPageAsync();
        Watch(applicant);
        var home = await applicant.GotoAsync("/");
        Assert.Contains("script-src 'self' 'nonce-", (await home!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await applicant.GotoAsync("/apply/sip-dokter");
        await applicant.GetByLabel("Nama pemohon").FillAsync("Budi\tSantoso");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("#f-applicant-name-error")).ToContainTextAsync("karakter kendali");

        var frontOffice = await host.SignedInPageAsync("dpmptsp.frontoffice");
        Watch(frontOffice);
        await frontOffice.GotoAsync("/inbox");
        await Assertions.Expect(frontOffice.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kotak tugas");

        var admin = await host.SignedInPageAsync("admin");
        Watch(admin);
        await admin.GotoAsync("/admin");
        await admin.GetByTestId("add-office").ClickAsync();
        await Assertions.Expect(admin.Locator("form, [role=dialog]").First).ToBeVisibleAsync();

        var analyst = await host.SignedInPageAsync("analyst");
        Watch(analyst);
        await analyst.GotoAsync("/designer/sip-dokter");
        var canvas = analyst.GetByTestId("canvas");
        await Assertions.Expect(canvas.Locator("[data-activity=start]")).ToBeVisibleAsync();
        await Assertions.Expect(analyst.GetByTestId("no-errors")).ToBeVisibleAsync();
        await canvas.Locator("[data-activity='check-completeness']").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("connections")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(analyst, "40-designer-under-csp");

        Assert.Empty(violations);
    }
}
