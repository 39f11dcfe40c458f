using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// The Indonesian mails the system sends. Each returns subject, plain text and HTML with every value HTML-escaped
/// in the HTML body; links must be absolute http(s) URLs.
/// </summary>
public static class MailTemplates
{
    /// <summary>Tanda terima: sent on submission with the tracking token.</summary>
    public static MailContent Receipt(ReceiptMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var facts = new List<(string, string)>
        {
            ("Nomor registrasi", values.RegistrationNumber),
            ("Layanan", values.ServiceName),
            ("Perkiraan selesai", values.ProvisionalYears.Count == 0
                ? IndonesianDate.Format(values.ExpectedCompletion)
                : $"{IndonesianDate.Format(values.ExpectedCompletion)} (perkiraan sementara: kalender hari libur "
                    + $"{string.Join(", ", values.ProvisionalYears)} belum ditetapkan pemerintah)"),
        };
        if (values.TrackingToken is { } token)
        {
            facts.Add(("Kode pelacakan", token));
        }

        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.ApplicantName},")
            .Paragraph($"Permohonan {values.ServiceName} Anda telah kami terima dan tercatat dengan rincian berikut.")
            .Facts([.. facts])
            .Paragraph("Perkiraan tanggal selesai dihitung dalam hari kerja sesuai standar pelayanan dan dapat bergeser "
                + "bila berkas perlu diperbaiki. Simpan nomor registrasi dan kode pelacakan ini: keduanya diperlukan "
                + "untuk melihat status permohonan. Kode pelacakan tidak dicetak pada tanda terima dan tidak diketahui petugas.")
            .Link("Lacak status permohonan", values.TrackingUrl)
            .Build($"Tanda terima permohonan {values.RegistrationNumber} — {values.ServiceName}");
    }

    /// <summary>Permohonan dikembalikan: the officer's reasons and the link to resubmit.</summary>
    public static MailContent ReturnedForRevision(RevisionRequestMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.ApplicantName},")
            .Paragraph($"Petugas telah memeriksa permohonan {values.ServiceName} dengan nomor registrasi "
                + $"{values.RegistrationNumber} dan meminta perbaikan berikut:")
            .NumberedList(values.Reasons)
            .Paragraph("Silakan perbaiki atau lengkapi berkas melalui tautan di bawah ini. Selama menunggu perbaikan, "
                + "waktu layanan dihentikan sementara dan berjalan kembali setelah Anda mengirim ulang permohonan.")
            .Link("Perbaiki dan kirim ulang permohonan", values.ResubmitUrl)
            .Build($"Permohonan {values.RegistrationNumber} perlu diperbaiki");
    }

    /// <summary>Izin terbit: the permit number and verification link; the caller attaches the signed PDF.</summary>
    public static MailContent Permit(PermitMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.ApplicantName},")
            .Paragraph($"Permohonan {values.ServiceName} dengan nomor registrasi {values.RegistrationNumber} telah disetujui. "
                + "Izin Anda terlampir sebagai berkas PDF yang ditandatangani secara elektronik.")
            .Facts(
                ("Nomor izin", values.PermitNumber),
                ("Nomor registrasi", values.RegistrationNumber),
                ("Layanan", values.ServiceName))
            .Paragraph("Keaslian izin dapat diperiksa melalui kode QR pada dokumen atau melalui tautan berikut.")
            .Link("Verifikasi izin", values.VerificationUrl)
            .Link("Lihat riwayat permohonan", values.TrackingUrl)
            .SurveyInvitation(values.SurveyUrl)
            .Build($"Izin Anda telah terbit: {values.PermitNumber}");
    }

    /// <summary>Permohonan ditolak: the reasons; the caller attaches the refusal letter.</summary>
    public static MailContent Rejection(RejectionMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.ApplicantName},")
            .Paragraph($"Dengan menyesal kami sampaikan bahwa permohonan {values.ServiceName} dengan nomor registrasi "
                + $"{values.RegistrationNumber} tidak dapat disetujui, dengan alasan:")
            .NumberedList(values.Reasons)
            .Paragraph("Surat penolakan resmi terlampir. Anda dapat mengajukan permohonan baru setelah persyaratan "
                + "terpenuhi, atau menyampaikan pengaduan melalui layanan pengaduan Mal Pelayanan Publik.")
            .Link("Lihat riwayat permohonan", values.TrackingUrl)
            .SurveyInvitation(values.SurveyUrl)
            .Build($"Keputusan atas permohonan {values.RegistrationNumber}: tidak disetujui");
    }

    /// <summary>Pengingat tugas: to the officer holding a task that is nearly or already past its due time.</summary>
    public static MailContent Reminder(ReminderMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var due = IndonesianDate.FormatDateTime(values.DueAt);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.StaffName},")
            .Paragraph(values.IsOverdue
                ? "Tugas berikut telah melewati batas waktu penyelesaian dan masih menunggu tindakan Anda."
                : "Tugas berikut menunggu tindakan Anda dan mendekati batas waktu penyelesaian.")
            .Facts(
                ("Tugas", values.TaskTitle),
                ("Nomor registrasi", values.RegistrationNumber),
                ("Batas waktu", due))
            .Link("Buka tugas", values.TaskUrl)
            .Build(values.IsOverdue
                ? $"Tugas terlambat: {values.TaskTitle} ({values.RegistrationNumber})"
                : $"Pengingat tugas: {values.TaskTitle} ({values.RegistrationNumber})");
    }

    public static MailContent StatutoryDeadline(StatutoryDeadlineMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.StaffName},")
            .Paragraph($"Batas waktu layanan {values.Days} hari kerja sejak berkas lengkap telah terlampaui tanpa keputusan. "
                + "Mohon permohonan berikut segera diputuskan.")
            .Facts(
                ("Layanan", values.ServiceName),
                ("Nomor registrasi", values.RegistrationNumber),
                ("Batas waktu", IndonesianDate.FormatDateTime(values.DueAt)))
            .Link("Buka permohonan", values.ApplicationUrl)
            .Build($"Batas waktu layanan terlampaui: {values.RegistrationNumber}");
    }

    /// <summary>Masa berlaku izin segera berakhir: the last day and the link to the renewal form, prefilled for the holder.</summary>
    public static MailContent PermitExpiry(PermitExpiryMail values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new MailBodyBuilder()
            .Paragraph($"Yth. {values.HolderName},")
            .Paragraph($"Masa berlaku izin Anda ({values.ServiceName}) akan berakhir pada {IndonesianDate.Format(values.ValidUntil)}.")
            .Facts(
                ("Nomor izin", values.PermitNumber),
                ("Layanan", values.ServiceName),
                ("Berlaku sampai", IndonesianDate.Format(values.ValidUntil)))
            .Paragraph("Ajukan perpanjangan sebelum tanggal tersebut agar izin baru berlaku tanpa jeda. Tautan di bawah ini membuka "
                + "formulir perpanjangan yang sudah terisi data izin Anda; tautan ini khusus untuk Anda, jangan dibagikan.")
            .Link("Ajukan perpanjangan izin", values.RenewalUrl)
            .Link("Verifikasi izin", values.VerificationUrl)
            .Build($"Masa berlaku izin {values.PermitNumber} berakhir {IndonesianDate.Format(values.ValidUntil)}");
    }
}
