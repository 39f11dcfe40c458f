using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class MailTemplatesTests
{
    private const string Script = "<script>alert('xss')</script>";
    private const string AttributeBreak = "\"><img src=x onerror=alert(1)>";
    private const string Payload = Script + " & " + AttributeBreak;

    public static TheoryData<string> Templates => new("Receipt", "ReturnedForRevision", "Permit", "Rejection", "Reminder", "StatutoryDeadline");

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_EscapesMarkupInEveryValue(string template)
    {
        var content = Render(template, Payload);

        Assert.DoesNotContain("<script", content.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", content.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            content.HtmlBody,
            StringComparison.Ordinal);
        // Plain text is not markup: the reader sees exactly what was entered.
        Assert.Contains(Payload, content.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_WritesTheSameFactsInTextAndHtml(string template)
    {
        var content = Render(template, "Siti Nurhaliza");

        Assert.Contains("503/2026/000123", content.Subject, StringComparison.Ordinal);
        Assert.Contains("503/2026/000123", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("503/2026/000123", content.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Siti Nurhaliza", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("Siti Nurhaliza", content.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", content.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\">", content.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Mohon tidak membalas", content.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_GivesTrackingLinkTokenAndExpectedDate()
    {
        const string trackingUrl = "https://mpp.pemalangkab.go.id/lacak/503-2026-000123?token=K7Q-93XF&lang=id";
        var content = MailTemplates.Receipt(new ReceiptMail(
            "Budi Santoso", "503/2026/000123", "Persetujuan Bangunan Gedung", new DateOnly(2027, 1, 4), "K7Q-93XF",
            trackingUrl));

        Assert.Equal("Tanda terima permohonan 503/2026/000123 — Persetujuan Bangunan Gedung", content.Subject);
        Assert.Contains("Perkiraan selesai: 4 Januari 2027", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kode pelacakan: K7Q-93XF", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("\n" + trackingUrl + "\n", content.TextBody, StringComparison.Ordinal);
        var escapedUrl = trackingUrl.Replace("&", "&amp;", StringComparison.Ordinal);
        Assert.Contains("href=\"" + escapedUrl + "\"", content.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnedForRevision_ListsEveryReasonAndTheResubmitLink()
    {
        var content = MailTemplates.ReturnedForRevision(new RevisionRequestMail(
            "Budi Santoso", "503/2026/000123", "Persetujuan Bangunan Gedung",
            ["Gambar denah belum ditandatangani.", "Fotokopi sertifikat tanah tidak terbaca."],
            "https://mpp.pemalangkab.go.id/perbaiki/abc"));

        const string numbered = "1. Gambar denah belum ditandatangani.\n2. Fotokopi sertifikat tanah tidak terbaca.";
        Assert.Contains(numbered, content.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li>Gambar denah belum ditandatangani.</li>", content.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://mpp.pemalangkab.go.id/perbaiki/abc\"", content.HtmlBody, StringComparison.Ordinal);
    }

    /// <summary>Every mail to the applicant opens their file: the permit and refusal mails as much as the receipt.</summary>
    [Theory]
    [InlineData("Receipt")]
    [InlineData("ReturnedForRevision")]
    [InlineData("Permit")]
    [InlineData("Rejection")]
    public void MailToTheApplicant_CarriesTheTrackingLink(string template)
    {
        var content = Render(template, "Siti");

        Assert.Contains("https://mpp.example.go.id/", content.TextBody, StringComparison.Ordinal);
        Assert.Matches(@"https://mpp\.example\.go\.id/(lacak\?token=x|perbaiki)", content.TextBody);
        Assert.Matches(@"href=""https://mpp\.example\.go\.id/(lacak\?token=x|perbaiki)""", content.HtmlBody);
    }

    [Fact]
    public void Reminder_SaysOverdueInSubject_AndGivesDueTimeInWib()
    {
        var dueAt = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.FromHours(7));
        var values = new ReminderMail(
            "Andi Wijaya", "Verifikasi berkas", "503/2026/000123", dueAt, true, "https://mpp.pemalangkab.go.id/tugas/42");

        var overdue = MailTemplates.Reminder(values);
        var upcoming = MailTemplates.Reminder(values with { IsOverdue = false });

        Assert.Equal("Tugas terlambat: Verifikasi berkas (503/2026/000123)", overdue.Subject);
        Assert.Equal("Pengingat tugas: Verifikasi berkas (503/2026/000123)", upcoming.Subject);
        Assert.Contains("Batas waktu: 30 November 2026 pukul 16.00 WIB", overdue.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_StaysOneLine_WhenAValueHoldsLineBreaks()
    {
        var content = Render("Reminder", "Siti\r\nBcc: semua@contoh.id");

        Assert.DoesNotContain('\r', content.Subject);
        Assert.DoesNotContain('\n', content.Subject);
        Assert.Contains("Siti Bcc: semua@contoh.id", content.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/lacak/relatif")]
    public void Template_RefusesLinksThatAreNotAbsoluteHttp(string url) =>
        Assert.Throws<ArgumentException>(() =>
            MailTemplates.Permit(new PermitMail("Budi", "503/2026/000123", "SIP", "503/SIP/2026/001", url, "https://mpp.example.go.id/lacak")));

    [Fact]
    public void PermitAndRefusalMails_InviteToTheSurvey_OnlyWithItsLink()
    {
        const string survey = "https://mpp.example.go.id/survei/503-SIP-2026-000123?token=abc";
        var permit = MailTemplates.Permit(new PermitMail(
            "Budi", "503-SIP-2026-000123", "SIP", "503/SIP/2026/001", "https://mpp.example.go.id/verify/1", "https://mpp.example.go.id/lacak", survey));
        var refusal = MailTemplates.Rejection(new RejectionMail(
            "Budi", "503-SIP-2026-000123", "SIP", ["STR tidak berlaku"], "https://mpp.example.go.id/lacak", survey));
        var withoutLink = MailTemplates.Permit(new PermitMail(
            "Budi", "503-SIP-2026-000123", "SIP", "503/SIP/2026/001", "https://mpp.example.go.id/verify/1", "https://mpp.example.go.id/lacak"));

        foreach (var content in new[] { permit, refusal })
        {
            Assert.Contains("Isi survei kepuasan:\n" + survey, content.TextBody, StringComparison.Ordinal);
            Assert.Contains("href=\"https://mpp.example.go.id/survei/503-SIP-2026-000123?token=abc\"", content.HtmlBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("survei", withoutLink.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    // The value goes into every text slot of the template: names, service, numbers, reasons, task title.
    private static MailContent Render(string template, string value) => template switch
    {
        "Receipt" => MailTemplates.Receipt(new ReceiptMail(
            value, "503/2026/000123 " + value, value, new DateOnly(2026, 12, 4), value, "https://mpp.example.go.id/lacak?token=x")),
        "ReturnedForRevision" => MailTemplates.ReturnedForRevision(new RevisionRequestMail(
            value, "503/2026/000123 " + value, value, [value, "Dokumen kurang"], "https://mpp.example.go.id/perbaiki")),
        "Permit" => MailTemplates.Permit(new PermitMail(
            value, "503/2026/000123 " + value, value, "503/2026/000123 " + value, "https://mpp.example.go.id/verifikasi/1",
            "https://mpp.example.go.id/lacak?token=x")),
        "Rejection" => MailTemplates.Rejection(new RejectionMail(
            value, "503/2026/000123 " + value, value, [value], "https://mpp.example.go.id/lacak?token=x")),
        "Reminder" => MailTemplates.Reminder(new ReminderMail(
            value,
            value,
            "503/2026/000123 " + value,
            new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7)),
            false,
            "https://mpp.example.go.id/tugas/1")),
        "StatutoryDeadline" => MailTemplates.StatutoryDeadline(new StatutoryDeadlineMail(
            value, value, "503/2026/000123 " + value, new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.FromHours(7)), 33,
            "https://mpp.example.go.id/applications/1")),
        _ => throw new ArgumentOutOfRangeException(nameof(template)),
    };
}
