using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Designer.Components.Localization;

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

    public static string ClockKindName(string kind) => Glossary.ClockKind(kind);

    public static string ClockStatusName(string status) => Glossary.ClockStatus(status);

    public static string WorkingDaysLeft(double? days) => days switch
    {
        null => "—",
        < 0 => Pick($"lewat {Days(-days.Value)} hari kerja", $"{Days(-days.Value)} working days late"),
        _ => Pick($"{Days(days.Value)} hari kerja", $"{Days(days.Value)} working days"),
    };

    public static string EscalatedTo(string role) => Pick($"Dialihkan ke {Glossary.Role(role)}", $"Escalated to {Glossary.Role(role)}");

    private static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);
}
