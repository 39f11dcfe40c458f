using System.Reflection;
using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Designer.Tests.Language;

/// <summary>Every mail template reads Indonesian: subject, text and HTML hold none of the codes or English words of <see cref="IndonesianText"/>.</summary>
public sealed partial class MailLanguageTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<string> Templates() =>
        [.. typeof(MailTemplates).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryMailTemplate_ReadsIndonesian(string template)
    {
        var content = Render(template);

        var problems = IndonesianText.Problems(Readable(content.Subject + "\n" + content.TextBody))
            .Concat(IndonesianText.Problems(Readable(Tags().Replace(content.HtmlBody, " "))))
            .Distinct(StringComparer.Ordinal).ToList();

        Assert.True(problems.Count == 0, $"{template}: {string.Join(", ", problems)}\n{content.TextBody}");
    }

    private static MailContent Render(string template) => template switch
    {
        nameof(MailTemplates.Receipt) => MailTemplates.Receipt(new ReceiptMail(
            "dr. Sari Wulandari", "503-SIP-2026-000001", "Surat Izin Praktik", new DateOnly(2026, 3, 10), "tok-123",
            "https://mpp.example.go.id/track/503-SIP-2026-000001?token=tok-123")),
        nameof(MailTemplates.ReturnedForRevision) => MailTemplates.ReturnedForRevision(new RevisionRequestMail(
            "dr. Sari Wulandari", "503-SIP-2026-000001", "Surat Izin Praktik", ["Unggah STR yang masih berlaku"],
            "https://mpp.example.go.id/track/503-SIP-2026-000001?token=tok-123")),
        nameof(MailTemplates.Permit) => MailTemplates.Permit(new PermitMail(
            "dr. Sari Wulandari", "503-SIP-2026-000001", "Surat Izin Praktik", "503/0001/SIP/DPMPTSP/2026",
            "https://mpp.example.go.id/verify/503-0001", "https://mpp.example.go.id/track/503-SIP-2026-000001?token=tok-123")),
        nameof(MailTemplates.Rejection) => MailTemplates.Rejection(new RejectionMail(
            "dr. Sari Wulandari", "503-SIP-2026-000001", "Surat Izin Praktik", ["Tempat praktik tidak layak"],
            "https://mpp.example.go.id/track/503-SIP-2026-000001?token=tok-123")),
        nameof(MailTemplates.Reminder) => MailTemplates.Reminder(new ReminderMail(
            "Petugas Loket", "Periksa kelengkapan berkas", "503-SIP-2026-000001", Due, true,
            "https://mpp.example.go.id/applications/0d9c8f7e-1111-2222-3333-444455556666")),
        nameof(MailTemplates.StatutoryDeadline) => MailTemplates.StatutoryDeadline(new StatutoryDeadlineMail(
            "Kepala DPMPTSP", "Surat Izin Praktik", "503-SIP-2026-000001", Due, 10,
            "https://mpp.example.go.id/applications/0d9c8f7e-1111-2222-3333-444455556666")),
        nameof(MailTemplates.PermitExpiry) => MailTemplates.PermitExpiry(new PermitExpiryMail(
            "dr. Sari Wulandari", "503/0001/SIP/DPMPTSP/2026", "Surat Izin Praktik", new DateOnly(2031, 8, 3),
            "https://mpp.example.go.id/apply/sip-dokter-perpanjangan?izin=0d9c8f7e-1111-2222-3333-444455556666&token=tok-123",
            "https://mpp.example.go.id/verify/503/0001/SIP/DPMPTSP/2026?code=7KQ2M-XD9RP-WAHT2-E5NBC")),
        _ => throw new InvalidOperationException($"The test does not know mail template {template}: add it here."),
    };

    // A link's address is not read as words (the staff links hold an application's id); its label is.
    private static string Readable(string text) => Urls().Replace(text, " ");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Urls();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
