using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Designer.Localization;

/// <summary>Uploads, documents, clocks and the inbox's remaining time.</summary>
internal static partial class Texts
{
    public static string FileHint(long maxBytes) => Pick(
        $"PDF, JPEG atau PNG, paling besar {AttachmentTypes.FormatSize(maxBytes)}.",
        $"PDF, JPEG or PNG, at most {AttachmentTypes.FormatSize(maxBytes)}.");

    public static string FormAlreadySent => Pick(
        "Formulir ini sudah pernah dikirim dengan isian lain. Periksa surel tanda terima Anda; bila ingin mengajukan permohonan baru, kirim formulir ini sekali lagi.",
        "This form was already sent with other entries. Check your receipt e-mail; to file a new application, send this form once more.");

    public static string FileChooseAgain => Pick(
        "Berkas belum disimpan karena ada isian yang perlu diperbaiki; pilih lagi berkasnya.",
        "The file was not kept because some fields need correcting; choose it again.");

    public static string FileKeep => Pick(
        "Biarkan kosong untuk tetap memakai berkas yang sudah diunggah.",
        "Leave empty to keep the file already uploaded.");

    public static string FileProblem(AttachmentProblem problem, long size, long maxBytes) => problem switch
    {
        AttachmentProblem.Empty => Pick("Berkas kosong.", "The file is empty."),
        AttachmentProblem.TooLarge => Pick(
            $"Berkas terlalu besar ({AttachmentTypes.FormatSize(size)}); paling besar {AttachmentTypes.FormatSize(maxBytes)}.",
            $"The file is too large ({AttachmentTypes.FormatSize(size)}); at most {AttachmentTypes.FormatSize(maxBytes)}."),
        AttachmentProblem.UnsupportedType => Pick(
            "Jenis berkas tidak diterima: hanya PDF, JPEG atau PNG (diperiksa dari isinya, bukan dari namanya).",
            "File type not accepted: only PDF, JPEG or PNG (checked by its content, not its name)."),
        _ => Pick("Berkas tidak dikenal oleh formulir ini.", "This form does not take that file."),
    };

    public static string Documents => Pick("Dokumen", "Documents");
    public static string NoDocuments => Pick("Belum ada dokumen yang terbit.", "No document has been issued yet.");
    public static string Download => Pick("Unduh", "Download");
    public static string Revoked => Pick("dicabut", "revoked");
    public static string Number => Pick("Nomor", "Number");
    public static string IssuedAt => Pick("Terbit", "Issued");

    public static string DocumentKindName(string kind) => Glossary.DocumentKind(kind);

    public static string Attachments => Pick("Berkas unggahan", "Uploaded files");
    public static string NoAttachments => Pick("Tidak ada berkas yang diunggah.", "No files were uploaded.");
    public static string FileName => Pick("Nama berkas", "File name");
    public static string FileSize => Pick("Ukuran", "Size");
    public static string UploadedAt => Pick("Diunggah", "Uploaded");
    public static string Replaced => Pick("sudah diganti", "replaced");
    public static string CurrentFile(string fileName) => Pick($"Berkas saat ini: {fileName}", $"Current file: {fileName}");

    public static string Clocks => Pick("Jangka waktu", "Time limits");
    public static string ClockState => Pick("Keadaan", "State");

    public static string ClockKindName(string kind) => kind switch
    {
        ClockKinds.Statutory => Pick("Batas waktu keputusan menurut peraturan", "Statutory time limit for the decision"),
        ClockKinds.Revision => Pick("Batas waktu perbaikan berkas", "Time to revise the file"),
        _ => Glossary.ClockKind(kind),
    };

    public static string ClockStatusName(string status) => Glossary.ClockStatus(status);

    public static string WorkingDaysLeft(double? days) => days switch
    {
        null => "—",
        < 0 => Pick($"lewat {Days(-days.Value)} hari kerja", $"{Days(-days.Value)} working days late"),
        _ => Pick($"{Days(days.Value)} hari kerja", $"{Days(days.Value)} working days"),
    };

    public static string EscalatedTo(string role) => Pick($"Dialihkan ke {Glossary.Role(role)}", $"Escalated to {Glossary.Role(role)}");

    private static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);

    // The applicant's form, receipt and tracking page.
    public static string AlsoFills(IEnumerable<string> labels) => Pick(
        $"Isian ini juga dipakai sebagai {string.Join(", ", labels)} pada formulir; Anda tidak perlu mengisinya lagi.", $"This also fills in {string.Join(", ", labels)} on the form; you need not type it again.");

    public static string NikHint => Pick("16 angka sesuai KTP.", "16 digits, as on the identity card.");
    public static string PhoneHint => Pick("Mis. 081234567890.", "E.g. 081234567890.");
    public static string EmailHint => Pick(
        "Tanda terima, permintaan perbaikan dan surat izin dikirim ke alamat ini.",
        "The receipt, requests for corrections and the permit are sent to this address.");

    public static string RequirementsIntro => Pick(
        "Dokumen bertanda \"unggah\" dikirim bersama formulir ini; dokumen bertanda \"bawa ke loket\" dibawa saat Anda datang ke loket Mal Pelayanan Publik.",
        "Documents marked \"upload\" are sent with this form; documents marked \"bring to the counter\" are brought when you come to the counter.");

    public static string UploadMark => Pick("unggah", "upload");
    public static string CounterMark => Pick("bawa ke loket", "bring to the counter");
    public static string UploadIn(string field) => Pick($"Unggah pada isian \"{field}\".", $"Upload in the field \"{field}\".");
    public static string Bring(string what) => Pick($"Yang dibawa: {what}.", $"Bring: {what}.");

    public static string ExpectedCompletion => Pick("Perkiraan selesai", "Expected completion");

    public static string ExpectedOn(DateOnly date, int days) => Pick(
        $"{LongDate(date)} ({days} hari kerja sejak permohonan diterima)",
        $"{LongDate(date)} ({days} working days from receipt of the application)");

    public static string ServiceTimeNote(int days) => Pick(
        $"{days} hari kerja sejak permohonan diterima", $"{days} working days from receipt of the application");

    public static string ReceiptMailed(string email) => Pick(
        $"Tanda terima (PDF) juga kami kirim ke {email}. Bila tidak ada di kotak masuk, periksa folder spam.",
        $"We also e-mailed the receipt (PDF) to {email}. If it is not in your inbox, check the spam folder.");

    public static string DownloadReceipt => Pick("Unduh tanda terima (PDF)", "Download the receipt (PDF)");

    public static string NextSteps => Pick("Langkah berikutnya", "Next steps");
    public static string NextStepCheck => Pick(
        "Petugas memeriksa kelengkapan berkas Anda. Status permohonan dapat Anda lihat kapan saja dengan tautan pelacakan.",
        "Staff check that your file is complete. You can follow the application at any time with the tracking link.");
    public static string NextStepCounter => Pick(
        "Bawa dokumen bertanda \"bawa ke loket\" beserta tanda terima ini ke loket Mal Pelayanan Publik.",
        "Bring the documents marked \"bring to the counter\" and this receipt to the counter of the public service mall.");
    public static string NextStepRevision => Pick(
        "Bila berkas perlu diperbaiki, kami mengirim surel berisi alasannya dan tautan untuk mengirim perbaikan.",
        "If the file needs correcting, we e-mail you the reasons and a link to send the correction.");
    public static string NextStepPermit => Pick(
        "Setelah ditandatangani, surat izin dikirim ke alamat surel Anda dan dapat diunduh di halaman pelacakan.",
        "Once signed, the permit is e-mailed to you and can be downloaded on the tracking page.");

    public static string TrackIntro => Pick(
        "Masukkan nomor registrasi (tertulis di tanda terima) dan kode pelacakan (di surel tanda terima yang kami kirim kepada Anda).",
        "Enter the registration number (printed on the receipt) and the tracking code (in the receipt e-mail we sent you).");

    public static string ReturnReason => Pick("Alasan pengembalian", "Reason for the return");
    public static string FixBefore(string date) => Pick($"Kirim perbaikan paling lambat {date}.", $"Send the correction by {date}.");
    public static string CorrectionForm => Pick("Formulir perbaikan", "Correction form");
    public static string FixNow => Pick("Perbaiki sekarang", "Correct it now");
    public static string RefusedTitle => Pick("Permohonan ditolak", "Application refused");
    public static string RefusalReason => Pick("Alasan penolakan", "Reason for the refusal");
    public static string RefusalLetterNote => Pick(
        "Surat penolakan dapat diunduh di bagian Dokumen.", "The refusal letter can be downloaded under Documents.");

    public static string StatutoryNote => Pick(
        "Batas waktu yang ditetapkan peraturan untuk keputusan atas berkas yang sudah lengkap; berhenti sementara selama berkas di tangan pemohon.",
        "The time the regulations give for a decision on a complete file; it pauses while the file is with the applicant.");

    public static string RenewalOf(string number, DateOnly? until) => until is { } end
        ? Pick($"Perpanjangan izin {number}, berlaku sampai {LongDate(end)}. Formulir sudah terisi data izin Anda: periksa dan perbarui bila ada yang berubah, lalu unggah kembali berkas yang diminta.",
            $"Renewal of permit {number}, valid until {LongDate(end)}. The form is filled in from your permit: check it, update what has changed, and upload the requested files again.")
        : Pick($"Perpanjangan izin {number}. Formulir sudah terisi data izin Anda: periksa dan perbarui bila ada yang berubah, lalu unggah kembali berkas yang diminta.",
            $"Renewal of permit {number}. The form is filled in from your permit: check it, update what has changed, and upload the requested files again.");

    public static string RenewalLinkInvalid => Pick(
        "Tautan perpanjangan ini tidak berlaku: tautan tidak lengkap, telah diubah, atau bukan untuk layanan ini. Gunakan tautan dari surel pengingat yang Anda terima, atau isi formulir kosong.",
        "This renewal link is not valid: it is incomplete, has been changed, or is not for this service. Use the link in the reminder e-mail you received, or fill in a blank form.");

    public static string RenewalBlankForm => Pick("Isi formulir kosong", "Fill in a blank form");

    /// <summary>A calendar date written out in the page's language, e.g. <c>18 Agustus 2026</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
