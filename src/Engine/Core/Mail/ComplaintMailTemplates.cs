using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Mail;

/// <summary>The Indonesian mails to a complainant: the acknowledgement and the answer (see <see cref="MailTemplates"/> for the shape).</summary>
public static class ComplaintMailTemplates
{
    /// <summary>Pengaduan diterima: the number to quote, the date the office must answer by, and the link to follow it.</summary>
    public static MailContent Filed(ComplaintMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.Name},")
            .Paragraph($"Pengaduan Anda tentang {About(values)} telah kami terima dan diteruskan kepada unit yang bertanggung jawab.")
            .Facts([.. Facts(values)])
            .Paragraph("Jawaban akan dikirim ke alamat surel ini dan dapat dilihat melalui tautan di bawah ini. Simpan nomor pengaduan "
                + "untuk keperluan tindak lanjut; tautan ini khusus untuk Anda, jangan dibagikan.")
            .Link("Lihat pengaduan", values.FollowUrl)
            .Build($"Pengaduan {values.ComplaintNumber} telah diterima");
    }

    /// <summary>Jawaban pengaduan: the office's answer in its own paragraphs.</summary>
    public static MailContent Answered(ComplaintMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new MailBodyBuilder()
            .Paragraph($"Yth. {values.Name},")
            .Paragraph($"Pengaduan Anda nomor {values.ComplaintNumber} tentang {About(values)} telah dijawab sebagai berikut:");
        foreach (var paragraph in (values.Answer ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            builder.Paragraph(paragraph);
        }

        return builder
            .Paragraph("Terima kasih atas masukan Anda untuk perbaikan pelayanan.")
            .Link("Lihat pengaduan", values.FollowUrl)
            .Build($"Jawaban atas pengaduan {values.ComplaintNumber}");
    }

    /// <summary>What the complaint is about: the complainant's own application by its number, else the service.</summary>
    private static string About(ComplaintMail values) =>
        values.RegistrationNumber is { } registration ? $"permohonan {registration} ({values.ServiceName})" : $"layanan {values.ServiceName}";

    private static List<(string, string)> Facts(ComplaintMail values)
    {
        var facts = new List<(string, string)> { ("Nomor pengaduan", values.ComplaintNumber), ("Layanan", values.ServiceName) };
        if (values.RegistrationNumber is { } registration)
        {
            facts.Add(("Nomor registrasi", registration));
        }

        if (values.DueAt is { } due)
        {
            facts.Add(("Dijawab paling lambat", values.DueIsEstimate
                ? $"{IndonesianDate.FormatDateTime(due)} (perkiraan sementara: kalender hari libur belum ditetapkan pemerintah)"
                : IndonesianDate.FormatDateTime(due)));
        }

        return facts;
    }
}
