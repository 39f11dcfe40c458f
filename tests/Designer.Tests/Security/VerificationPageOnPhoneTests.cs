using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Browser;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>The verification page on a 390 px phone in Chromium: the number and check code are typed into its form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VerificationPageOnPhoneTests(BrowserHost host)
{
    [Fact]
    public async Task VerifyForm_On390pxPhone_TakesNumberAndCode_WithoutSidewaysScrolling()
    {
        var page = await host.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/verify");

        await page.GetByLabel("Nomor dokumen").FillAsync("503/9999/TOLAK-REKLAME/DPMPTSP/2026");
        await page.GetByLabel("Kode verifikasi").FillAsync("7kq2m-xd9rp-waht2-e5nbc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("code=", StringComparison.Ordinal));

        Assert.Contains("tidak ditemukan", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal("7kq2m-xd9rp-waht2-e5nbc", await page.GetByLabel("Kode verifikasi").InputValueAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        var box = await page.GetByLabel("Kode verifikasi").BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 390, $"The code field sticks out: {box?.X} + {box?.Width}");
    }
}
