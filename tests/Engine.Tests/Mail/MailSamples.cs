using System.Security.Cryptography;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

/// <summary>Mails as the outbox would hand them to a transport.</summary>
internal static class MailSamples
{
    public static readonly DateTimeOffset QueuedAt = new(2026, 11, 27, 9, 15, 0, TimeSpan.FromHours(7));

    /// <summary>Bytes with a PDF header and enough varied content that a corrupted transfer would change the hash.</summary>
    public static byte[] Pdf(int seed)
    {
        var bytes = new byte[40_000];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    public static OutgoingMail Permit(int n, string localPart = "pemohon")
    {
        var content = MailTemplates.Permit(new PermitMail(
            $"Siti Nurhaliza {n}",
            $"503/2026/00012{n}",
            "Surat Izin Praktik Dokter",
            $"503/SIP/2026/00{n}",
            $"https://mpp.pemalangkab.go.id/verifikasi/503-SIP-2026-00{n}",
            $"https://mpp.pemalangkab.go.id/track/503-SIP-2026-00{n}"));
        return OutgoingMail.Create(
            Guid.NewGuid(),
            QueuedAt,
            new MailRecipient($"{localPart}{n}@contoh.id", $"Siti Nurhaliza {n}"),
            content,
            new MailAttachment($"izin-503-SIP-2026-00{n}.pdf", "application/pdf", Pdf(n)));
    }

    public static MailOptions SmtpTo(int port) => new()
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, TimeoutSeconds = 10 },
    };
}
