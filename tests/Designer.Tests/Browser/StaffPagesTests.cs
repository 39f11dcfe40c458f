using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>Sign-in, role-based navigation, office isolation, the language switch and escaping of what applicants type.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPagesTests(BrowserHost host)
{
    private const string Payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

    [Fact]
    public async Task XssPayload_AsApplicantNameAndComment_IsShownAsText()
    {
        var applicant = await host.NewPageAsync();
        var tracking = await ApplicantJourneyTests.ApplyForSipAsync(applicant, "Nakal " + Payload, comment: Payload);
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();

        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice");
        await (await BrowserHost.OpenInboxRowAsync(staff, registrationNumber)).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("applicant")).ToContainTextAsync(Payload);
        await Assertions.Expect(staff.GetByTestId("data")).ToContainTextAsync(Payload);
        await staff.GetByLabel("Keputusan").SelectOptionAsync("TidakLengkap");
        await staff.GetByLabel("Catatan", new() { Exact = true }).FillAsync("Perbaiki " + Payload);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Selesaikan" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("history")).ToContainTextAsync("Perbaiki " + Payload);
        // The history names the officer as their account does, not by their sign-in name.
        await Assertions.Expect(staff.GetByTestId("history")).ToContainTextAsync("Petugas loket DPMPTSP");
        await Assertions.Expect(staff.GetByTestId("history")).Not.ToContainTextAsync("dpmptsp.frontoffice");
        await BrowserHost.ScreenshotAsync(staff, "08-xss-staff");
        Assert.Equal(0, await staff.Locator("main img").CountAsync());
        Assert.Null(await staff.EvaluateAsync<int?>("() => window.__xss"));

        await applicant.GotoAsync(tracking);
        await Assertions.Expect(applicant.GetByTestId("revision-reasons")).ToContainTextAsync("Perbaiki " + Payload);
        await Assertions.Expect(applicant.GetByLabel("Jadwal praktik")).ToHaveValueAsync(Payload);
        Assert.Equal(0, await applicant.Locator("main img").CountAsync());
        Assert.Null(await applicant.EvaluateAsync<int?>("() => window.__xss"));
    }

    [Fact]
    public async Task Reviewer_OfAnotherOffice_SeesNeitherTheTaskNorTheApplication()
    {
        var applicant = await host.NewPageAsync();
        await ApplicantJourneyTests.ApplyForSipAsync(applicant, "Pemohon Dpmptsp");
        var registrationNumber = await applicant.GetByTestId("registration-number").InnerTextAsync();

        var own = await host.SignedInPageAsync("dpmptsp.frontoffice");
        var link = (await BrowserHost.OpenInboxRowAsync(own, registrationNumber)).GetByRole(AriaRole.Link);
        var applicationUrl = await link.GetAttributeAsync("href");

        var other = await host.SignedInPageAsync("dinkes.reviewer");
        await other.GotoAsync("/inbox");
        // The heading names the office as people know it, not by its code (it said "Kotak tugas — DINKES").
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kotak tugas — Dinas Kesehatan");
        Assert.DoesNotContain(registrationNumber, await other.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var response = await other.GotoAsync(applicationUrl!);
        Assert.Equal(403, response!.Status);
        Assert.DoesNotContain("Pemohon Dpmptsp", await other.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPages_RedirectToLogin_AndNavigationFollowsTheRole()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/inbox");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Nama pengguna").FillAsync("dpmptsp.reviewer");
        await page.GetByLabel("Kata sandi").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
        await BrowserHost.ScreenshotAsync(page, "09-login");

        var reviewer = await host.SignedInPageAsync("dpmptsp.reviewer");
        var nav = reviewer.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Kotak tugas" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Perancang alur" })).ToHaveCountAsync(0);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "Masuk petugas" })).ToBeVisibleAsync();

        var analyst = await host.SignedInPageAsync("analyst");
        nav = analyst.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Perancang alur" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Kotak tugas" })).ToHaveCountAsync(0);
        var admin = await analyst.GotoAsync("/admin");
        Assert.Contains("/forbidden", analyst.Url, StringComparison.Ordinal);
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglish_AndKeepsThePage()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/apply/sip-dokter");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        // The page is back (a full load: the <html lang> must change too), in English.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit application" })).ToBeVisibleAsync();
        Assert.EndsWith("/apply/sip-dokter", page.Url, StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" })).ToBeVisibleAsync();
    }
}
