using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MimeKit;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The applicant's journey on a phone (390 × 844 CSS pixels), with staff deciding through the API and the mails read from
/// the SMTP test server: every applicant page fits the screen (no horizontal scroll) and has no serious or critical axe-core
/// violation; the form asks the identity once and says what to bring to the counter; the receipt says when the file is
/// expected to finish, links the receipt PDF and says it was e-mailed; the return mail's link opens the tracking page with
/// the reason on top; the correction is sent there; the permit mail arrives and its link opens the approved file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneApplicantTests(BrowserHost host)
{
    private const string Email = "ponsel@example.org";
    private const string Nik = "3327015505900002";
    private const string Reason = "Pindaian STR tidak terbaca; mohon isi nomor STR yang masih berlaku.";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task OnAPhone_SubmitReturnCorrectApprove_ThroughTheMailLinks()
    {
        var page = await host.NewPhonePageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-requirement=counter]").First).ToContainTextAsync("bawa ke loket");
        await AssertFitsAsync(page, "phone-01-home");

        await page.GotoAsync("/apply/sip-dokter");
        // Identity once: the route's own name, NIK and e-mail fields are filled from the applicant's.
        await Assertions.Expect(page.Locator("#f-data-nik")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#f-data-email")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#f-data-namaLengkap")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("requirements").Locator("[data-requirement=counter]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("requirements").Locator("[data-requirement=upload]")).ToContainTextAsync("Pindaian STR");
        await AssertFitsAsync(page, "phone-02-apply");

        // The definition's rules, in Indonesian, beside the fields: a NIK of five digits and a phone number of letters.
        await FillApplicantAsync(page, "12345", "telepon saya");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-applicant-nik-error")).ToContainTextAsync("16 angka");
        await Assertions.Expect(page.Locator("#f-applicant-phone-error")).ToContainTextAsync("nomor telepon");
        await AssertFitsAsync(page, "phone-02b-apply-errors");

        await FillApplicantAsync(page, Nik, "0812 3456 7890");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).ToBeVisibleAsync();
        var number = await page.GetByTestId("registration-number").InnerTextAsync();
        var code = await page.GetByTestId("tracking-code").InnerTextAsync();
        await Assertions.Expect(page.GetByTestId("expected-completion")).ToContainTextAsync("10 hari kerja");
        await Assertions.Expect(page.GetByTestId("receipt-mailed")).ToContainTextAsync(Email);
        await Assertions.Expect(page.GetByTestId("next-steps")).ToContainTextAsync("Pas foto berwarna 4x6 cm");
        await AssertFitsAsync(page, "phone-03-receipt");
        var expected = await page.GetByTestId("expected-completion").InnerTextAsync();

        // The receipt PDF behind the page's link (issued by the outbox moments after the submission).
        var receiptLink = (await page.GetByTestId("receipt-pdf").GetAttributeAsync("href"))!;
        await Poll.UntilAsync(
            async () => (await page.APIRequest.GetAsync(receiptLink)) is { Status: 200 } r && r.Headers["content-type"] == "application/pdf",
            TimeSpan.FromSeconds(60), () => Task.FromResult($"No receipt PDF behind {receiptLink}."));

        // The receipt mail states the same date as the page.
        var receiptMail = await MailAsync(m => (m.Subject ?? string.Empty).StartsWith($"Tanda terima permohonan {number}", StringComparison.Ordinal));
        Assert.Contains(DateOf(expected), receiptMail.TextBody, StringComparison.Ordinal);

        var client = await StaffClientAsync("dpmptsp.frontoffice");
        await DecideAsync(client, number, "check-completeness", "Lengkap", "Berkas lengkap");
        client = await StaffClientAsync("dpmptsp.reviewer");
        await DecideAsync(client, number, "verify-file", "Kembalikan", Reason);

        // The return mail's link (with the code) opens the tracking page, the reason at the top.
        var returnMail = await MailAsync(m => m.Subject == $"Permohonan {number} perlu diperbaiki");
        var link = TrackingLink().Match(returnMail.TextBody ?? string.Empty);
        Assert.True(link.Success, "The return mail has no tracking link: " + returnMail.TextBody);
        Assert.Contains("token=", link.Value, StringComparison.Ordinal);
        await page.GotoAsync(link.Value);
        await Assertions.Expect(page.GetByTestId("return-notice")).ToContainTextAsync(Reason);
        Assert.True(
            await page.EvaluateAsync<bool>("() => { const n = document.querySelector('[data-testid=return-notice]'); const h = document.querySelector('[data-testid=history]'); return n.getBoundingClientRect().top < h.getBoundingClientRect().top; }"),
            "The reason is not above the history.");
        await Assertions.Expect(page.GetByTestId("expected-completion")).ToHaveTextAsync(expected);
        await AssertFitsAsync(page, "phone-04-track-returned");

        // The correction form does not ask the identity again either.
        await Assertions.Expect(page.Locator("#f-data-nik")).ToHaveCountAsync(0);
        await page.GetByLabel("Nomor STR").FillAsync("STR-7654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim perbaikan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Sedang diproses");
        await AssertFitsAsync(page, "phone-05-track-corrected");

        await DecideAsync(client, number, "verify-file", "Terverifikasi", "Berkas sesuai");
        await DecideAsync(await StaffClientAsync("dinkes.reviewer"), number, "health-recommendation", "Rekomendasi", "Tempat praktik layak");
        await DecideAsync(await StaffClientAsync("dpmptsp.signer"), number, "sign-permit", "Tandatangani", "Disetujui");

        // The route's own mail (its subject from the definition) with the permit attached.
        var permitMail = await MailAsync(m => m.Subject == "Surat Izin Praktik Anda telah terbit"
            && (m.TextBody ?? string.Empty).Contains(number, StringComparison.Ordinal));
        Assert.Contains(permitMail.Attachments.OfType<MimePart>(), p => p.ContentType.MimeType == "application/pdf");
        Assert.Equal(Email, permitMail.To.Mailboxes.Single().Address);

        // Every mail to the applicant opens their file: the permit mail's link, with the code, shows the approval.
        var permitLink = TrackingLink().Match(permitMail.TextBody ?? string.Empty);
        Assert.True(permitLink.Success, "The permit mail has no tracking link: " + permitMail.TextBody);
        Assert.Contains("token=", permitLink.Value, StringComparison.Ordinal);
        await page.GotoAsync(permitLink.Value);
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Disetujui");
        await Assertions.Expect(page.GetByTestId("approved-notice")).ToContainTextAsync("Izin Anda telah terbit");
        await Assertions.Expect(page.GetByTestId("download-permit")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "phone-06b-track-approved-from-mail");

        // /track: the number and the code typed by hand open the file.
        await page.GotoAsync("/track");
        await AssertFitsAsync(page, "phone-06-track-form");
        await page.GetByLabel("Nomor registrasi").FillAsync(number);
        await page.GetByLabel("Kode pelacakan").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lacak", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Disetujui");
        Assert.Contains($"/track/{number}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=documents] [data-kind=Permit]")).ToHaveCountAsync(1);
        await AssertFitsAsync(page, "phone-07-track-approved");
    }

    /// <summary>Home, form and /track at the narrowest and widest phone widths the pages are made for.</summary>
    [Theory]
    [InlineData(360)]
    [InlineData(430)]
    public async Task ApplicantPages_FitPhoneWidths(int width)
    {
        var page = await host.NewPhonePageAsync(width);
        foreach (var path in new[] { "/", "/apply/sip-dokter", "/apply/pbg", "/track", "/track/503-SIP-2026-000001" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, $"phone-{width}{path.Replace('/', '-')}");
        }
    }

    /// <summary>The page is no wider than the screen, and axe-core finds nothing serious or critical; a screenshot is kept.</summary>
    private static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        await BrowserHost.ScreenshotAsync(page, screenshot);
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (size[0], size[1]);
        Assert.True(scrollWidth <= innerWidth, $"{screenshot}: the page is {scrollWidth} px wide on a {innerWidth} px screen.");
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(serious.Count == 0, $"{screenshot}: " + string.Join("; ", serious));
    }

    private static async Task FillApplicantAsync(IPage page, string nik, string phone)
    {
        await page.GetByLabel("Nama pemohon").FillAsync("dr. Ratna Ponsel");
        await page.GetByLabel("Alamat surel").FillAsync(Email);
        await page.GetByLabel("Nomor telepon").FillAsync(phone);
        await page.GetByLabel("NIK (16 digit)").FillAsync(nik);
        await page.GetByLabel("Profesi").SelectOptionAsync("Dokter");
        await page.GetByLabel("Nomor STR").FillAsync("STR-1234567");
        await page.GetByLabel("Nama tempat praktik").FillAsync("Klinik Sehat Pemalang");
        await page.GetByLabel("Alamat tempat praktik").FillAsync("Jl. Jenderal Sudirman 10, Pemalang");
    }

    private Task<MimeMessage> MailAsync(Func<MimeMessage, bool> match) =>
        host.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == Email) && match(m), 1, MailTimeout)
            .ContinueWith(t => t.Result.Last(), TaskScheduler.Default);

    private static string DateOf(string expected) => expected.Split(" (")[0];

    private async Task<HttpClient> StaffClientAsync(string username)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = BrowserHost.Password });
        response.EnsureSuccessStatusCode();
        var token = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Completes the open task of <paramref name="activityId"/> through the API, as a member of staff would.</summary>
    private static async Task DecideAsync(HttpClient client, string number, string activityId, string outcome, string comment)
    {
        JsonObject? task = null;
        await Poll.UntilAsync(
            async () =>
            {
                var tasks = (await client.GetFromJsonAsync<JsonArray>("/api/tasks"))!;
                task = tasks.Select(t => t!.AsObject())
                    .FirstOrDefault(t => (string?)t["registrationNumber"] == number && (string?)t["activityId"] == activityId);
                return task is not null;
            },
            TimeSpan.FromSeconds(30), () => Task.FromResult($"No open task {activityId} of {number}."));
        using var response = await client.PostAsJsonAsync($"/api/tasks/{(string)task!["id"]!}/complete", new { outcome, comment, fields = new JsonObject() });
        Assert.True(response.IsSuccessStatusCode, $"{activityId} → {outcome}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/track/[^\s""<>]+")]
    private static partial Regex TrackingLink();
}
