using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MimeKit;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// A complaint from citizen to office and back. On a phone the applicant opens their tracking page, follows its link to the
/// complaint form (number and code filled in) and sends a complaint; the front office sees it in its inbox and answers it
/// there; the applicant's tracking page shows the answer, and the acknowledgement and the answer arrive by mail. A complaint
/// about a service is followed through the link the confirmation gives. Every citizen page fits a 390 px screen and has no
/// serious or critical axe-core violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ComplaintJourneyTests(BrowserHost host)
{
    private const string Email = "pengadu@example.org";
    private const string Complaint = "Sudah tiga hari berkas saya belum diperiksa petugas loket.";
    private const string Answer = "Mohon maaf atas keterlambatan. Berkas Anda sudah diperiksa hari ini.";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Complaint_FiledOnAPhone_IsAnsweredInTheInbox_AndTheAnswerReachesTheTrackingPageAndTheMail()
    {
        var (number, token) = await SubmitAsync();
        var phone = await host.NewPhonePageAsync();
        await phone.GotoAsync($"/track/{number}?token={Uri.EscapeDataString(token)}");
        await Assertions.Expect(phone.GetByTestId("complaint-panel")).ToContainTextAsync("Belum ada pengaduan");
        await phone.GetByTestId("complaint-file-link").ClickAsync();

        await Assertions.Expect(phone.GetByLabel("Nomor registrasi")).ToHaveValueAsync(number);
        await Assertions.Expect(phone.GetByTestId("complaint-service-send")).ToHaveCountAsync(0);
        await Assertions.Expect(phone.GetByTestId("complaint-service-link")).ToHaveAttributeAsync("href", "/pengaduan#pengaduan-layanan");
        await BrowserHost.AssertFitsAsync(phone, "complaint-01-form");
        await phone.GetByLabel("Isi pengaduan").FillAsync(Complaint);
        await phone.GetByTestId("complaint-application-send").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("complaint-filed")).ToContainTextAsync("Dinas Penanaman Modal");
        var complaintNumber = await phone.GetByTestId("complaint-number").InnerTextAsync();
        Assert.Matches(@"^503-ADU-\d{4}-\d{6}$", complaintNumber);
        await BrowserHost.AssertFitsAsync(phone, "complaint-02-filed");

        var acknowledgement = await MailAsync(m => m.Subject == $"Pengaduan {complaintNumber} telah diterima");
        Assert.Contains(number, acknowledgement.TextBody, StringComparison.Ordinal);

        var office = await host.SignedInPageAsync("dpmptsp.frontoffice", phoneWidth: 390);
        await office.GotoAsync($"/inbox?aduan={Uri.EscapeDataString(complaintNumber)}");
        await Assertions.Expect(office.GetByTestId("complaint-total")).ToHaveTextAsync("1");
        var item = office.GetByTestId("complaint-item").Filter(new() { HasText = complaintNumber });
        await Assertions.Expect(item).ToContainTextAsync(Complaint);
        await BrowserHost.AssertFitsAsync(office, "complaint-inbox-phone");
        // An empty answer is refused where the officer is looking, not at the top of the page.
        await item.GetByTestId("complaint-answer-send").ClickAsync();
        await Assertions.Expect(office).ToHaveURLAsync(new Regex("#aduan-[0-9a-f]{32}$"));
        var refused = office.GetByTestId("complaint-item").Filter(new() { HasText = complaintNumber });
        await Assertions.Expect(refused.GetByText("Tuliskan jawaban")).ToBeInViewportAsync();
        await item.GetByLabel("Jawaban").FillAsync(Answer);
        await item.GetByTestId("complaint-answer-send").ClickAsync();
        await Assertions.Expect(office.GetByTestId("complaint-answer-sent")).ToContainTextAsync(complaintNumber);
        await Assertions.Expect(office.GetByTestId("complaint-item").Filter(new() { HasText = complaintNumber })).ToHaveCountAsync(0);

        // Answered complaints stay findable: the answered view shows the answer, who gave it and when.
        await office.GetByTestId("complaint-tab-answered").ClickAsync();
        var done = office.GetByTestId("complaint-item").Filter(new() { HasText = complaintNumber });
        await Assertions.Expect(done.GetByTestId("complaint-answer-text")).ToHaveTextAsync(Answer);
        // The officer by the name their account gives, not their sign-in name.
        await Assertions.Expect(done.GetByTestId("complaint-answered-by")).ToContainTextAsync(", oleh Petugas");
        Assert.DoesNotContain("dpmptsp.frontoffice", await done.GetByTestId("complaint-answered-by").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(done.GetByTestId("complaint-answer-send")).ToHaveCountAsync(0);

        // An administrator, who has no office, sees every office's complaints, read-only, each naming its office.
        var admin = await host.SignedInPageAsync("admin");
        await admin.GotoAsync($"/inbox?aduan={Uri.EscapeDataString(complaintNumber)}&aduan-status=dijawab");
        var seen = admin.GetByTestId("complaint-item").Filter(new() { HasText = complaintNumber });
        await Assertions.Expect(seen).ToContainTextAsync("Dinas Penanaman Modal");
        await Assertions.Expect(seen.GetByTestId("complaint-answer-text")).ToHaveTextAsync(Answer);

        await phone.GotoAsync($"/track/{number}?token={Uri.EscapeDataString(token)}");
        var answered = phone.GetByTestId("complaint-panel").Locator($"[data-number='{complaintNumber}']");
        await Assertions.Expect(answered.GetByTestId("complaint-status")).ToHaveTextAsync("Sudah dijawab");
        await Assertions.Expect(answered.GetByTestId("complaint-answer")).ToHaveTextAsync(Answer);
        await BrowserHost.AssertFitsAsync(phone, "complaint-03-track-answered");

        var answerMail = await MailAsync(m => m.Subject == $"Jawaban atas pengaduan {complaintNumber}");
        Assert.Contains(Answer, answerMail.TextBody, StringComparison.Ordinal);
        var link = TrackingLink().Match(answerMail.TextBody ?? string.Empty);
        Assert.True(link.Success, "The answer mail has no tracking link: " + answerMail.TextBody);
        await phone.GotoAsync(link.Value);
        await Assertions.Expect(phone.GetByTestId("complaint-answer")).ToHaveTextAsync(Answer);
    }

    [Fact]
    public async Task ServiceComplaint_FiledOnAPhone_IsFollowedThroughItsLink_AWrongTokenShowsNothing_AndTheBoardCountsIt()
    {
        var phone = await host.NewPhonePageAsync();
        await phone.GotoAsync("/pengaduan");
        await BrowserHost.AssertFitsAsync(phone, "complaint-04-service-form");
        await phone.GetByLabel("Layanan").SelectOptionAsync(new SelectOptionValue { Label = "Persetujuan Bangunan Gedung (PBG)" });
        await phone.GetByLabel("Nama Anda").FillAsync("Budi Pengadu");
        await phone.GetByTestId("complaint-service-send").ClickAsync();
        await Assertions.Expect(phone.Locator("#f-svc-email-error")).ToContainTextAsync("surel atau nomor telepon");
        await Assertions.Expect(phone.Locator("#f-svc-text-error")).ToBeVisibleAsync();

        // The refused form's own message, and the page opened at that form, not at the untouched one above it.
        await Assertions.Expect(phone.Locator("#pengaduan-layanan").GetByTestId("complaint-errors")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#pengaduan-permohonan").GetByTestId("complaint-errors")).ToHaveCountAsync(0);
        Assert.EndsWith("#pengaduan-layanan", phone.Url, StringComparison.Ordinal);
        await Assertions.Expect(phone.Locator("#pengaduan-layanan").GetByTestId("complaint-errors")).ToBeInViewportAsync();
        await BrowserHost.AssertFitsAsync(phone, "complaint-05-service-errors");

        await phone.GetByLabel("Alamat surel").FillAsync("budi.pengadu@example.org");
        await phone.Locator("#f-svc-text").FillAsync("Informasi persyaratan PBG di loket berbeda dengan di situs.");
        await phone.GetByTestId("complaint-service-send").ClickAsync();
        var follow = phone.GetByTestId("complaint-follow");
        await Assertions.Expect(follow).ToBeVisibleAsync();
        var href = (await follow.GetAttributeAsync("href"))!;
        await follow.ClickAsync();
        await Assertions.Expect(phone.GetByTestId("complaint-status")).ToHaveTextAsync("Menunggu jawaban");
        await BrowserHost.AssertFitsAsync(phone, "complaint-06-follow");

        // The acknowledgement goes to the address given, its link the same as the page's.
        var acknowledgement = await host.Smtp.WaitForAsync(
            m => m.To.Mailboxes.Any(b => b.Address == "budi.pengadu@example.org") && (m.Subject ?? string.Empty).EndsWith("telah diterima", StringComparison.Ordinal),
            1, MailTimeout);
        Assert.Contains(href, acknowledgement.Last().TextBody, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(acknowledgement.Last().To.Mailboxes.Single().Name), "The name someone typed reached the To: header.");

        await phone.GotoAsync(Regex.Replace(href, "token=.*$", "token=salah"));
        await Assertions.Expect(phone.GetByTestId("complaint-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("complaint")).ToHaveCountAsync(0);

        // The board counts it for the front office, with no name or address of anyone.
        await phone.GotoAsync("/kinerja/pengaduan");
        await Assertions.Expect(phone.GetByTestId("complaint-board").Locator("tr[data-office=DPMPTSP]")).ToContainTextAsync("Dinas Penanaman Modal");
        await Assertions.Expect(phone.GetByTestId("complaint-board")).Not.ToContainTextAsync("Budi");
        await BrowserHost.AssertFitsAsync(phone, "complaint-07-board");
    }

    private async Task<(string Number, string Token)> SubmitAsync()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        submission["applicant"]!["email"] = Email;
        using var response = await client.PostAsJsonAsync("/api/applications", submission);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return ((string)body["registrationNumber"]!, (string)body["trackingToken"]!);
    }


    private Task<MimeMessage> MailAsync(Func<MimeMessage, bool> match) =>
        host.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == Email) && match(m), 1, MailTimeout)
            .ContinueWith(t => t.Result.Last(), TaskScheduler.Default);

    [GeneratedRegex(@"https?://[^\s""<>]+/track/[^\s""<>]+")]
    private static partial Regex TrackingLink();
}
