using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class ComplaintMailTemplatesTests
{
    private const string Url = "https://mpp.pemalangkab.go.id/pengaduan/503-ADU-2026-000007?token=K7Q-93XF";

    [Fact]
    public void Acknowledgement_GivesTheNumberTheDueDateAndTheLink_AndMarksAnEstimate()
    {
        var due = new DateTimeOffset(2026, 8, 21, 16, 0, 0, TimeSpan.FromHours(7));
        var official = ComplaintMailTemplates.Filed(Values(due, estimate: false, answer: null));
        var estimate = ComplaintMailTemplates.Filed(Values(due, estimate: true, answer: null));

        Assert.Equal("Pengaduan 503-ADU-2026-000007 telah diterima", official.Subject);
        Assert.Contains("21 Agustus 2026 pukul 16.00 WIB", official.TextBody, StringComparison.Ordinal);
        Assert.Contains("503-SIP-2026-000123", official.TextBody, StringComparison.Ordinal);
        Assert.Contains(Url, official.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("perkiraan", official.TextBody, StringComparison.Ordinal);
        Assert.Contains("perkiraan sementara", estimate.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_KeepsTheOfficersParagraphs_AndEscapesMarkup()
    {
        var content = ComplaintMailTemplates.Answered(Values(null, estimate: false, answer: "Berkas sudah diperiksa.\n<script>alert(1)</script>"));

        Assert.Equal("Jawaban atas pengaduan 503-ADU-2026-000007", content.Subject);
        Assert.Contains("Berkas sudah diperiksa.", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", content.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", content.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", content.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationComplaintMails_NameTheApplication_NotAService_AndSaySurel()
    {
        var filed = ComplaintMailTemplates.Filed(Values(null, estimate: false, answer: null));
        var answered = ComplaintMailTemplates.Answered(Values(null, estimate: false, answer: "Sudah."));
        var service = ComplaintMailTemplates.Filed(Values(null, estimate: false, answer: null) with { RegistrationNumber = null });

        Assert.Contains("tentang permohonan 503-SIP-2026-000123 (Surat Izin Praktik)", filed.TextBody, StringComparison.Ordinal);
        Assert.Contains("tentang permohonan 503-SIP-2026-000123 (Surat Izin Praktik)", answered.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("tentang layanan", filed.TextBody + answered.TextBody, StringComparison.Ordinal);
        Assert.Contains("tentang layanan Surat Izin Praktik", service.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("email", filed.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    private static ComplaintMail Values(DateTimeOffset? due, bool estimate, string? answer) =>
        new("Siti Nurhaliza", "503-ADU-2026-000007", "Surat Izin Praktik", "503-SIP-2026-000123", due, estimate, answer, Url);
}
