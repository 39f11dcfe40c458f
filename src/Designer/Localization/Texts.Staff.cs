namespace Mpp.Workflows.Designer.Localization;

/// <summary>The counter's and the offices' work: the inbox, the file page with its decision form, and walk-in filing.</summary>
internal static partial class Texts
{
    // The inbox.
    public static string Search => Pick("Cari", "Search");
    public static string SearchHint => Pick("Nomor registrasi, nama pemohon atau NIK", "Registration number, applicant name or NIK");
    public static string AllServices => Pick("Semua layanan", "All services");
    public static string TaskState => Pick("Status tugas", "Task status");
    public static string AnyState => Pick("Semua", "All");
    public static string Unclaimed => Pick("Belum diambil", "Unclaimed");
    public static string ClaimedByMe => Pick("Diambil oleh saya", "Claimed by me");
    public static string ClaimedByOthers => Pick("Diambil rekan", "Claimed by colleagues");
    public static string OverdueOnly => Pick("Hanya yang terlambat", "Overdue only");
    public static string Filter => Pick("Terapkan", "Apply");
    public static string ResetFilter => Pick("Hapus saringan", "Clear filters");
    public static string OpenWork => Pick("Tugas terbuka", "Open tasks");
    public static string FinishedFiles => Pick("Berkas selesai", "Finished files");
    public static string NoFinishedFiles => Pick("Belum ada berkas selesai yang pernah ditangani instansi Anda.", "No finished file your office worked on yet.");
    public static string NoMatches => Pick("Tidak ada yang cocok dengan pencarian ini.", "Nothing matches this search.");
    public static string Result => Pick("Hasil", "Result");
    public static string AnyResult => Pick("Semua hasil", "All results");
    public static string FinishedAt => Pick("Terakhir diperbarui", "Last updated");
    public static string Previous => Pick("Sebelumnya", "Previous");
    public static string Next => Pick("Berikutnya", "Next");
    public static string PageOf(int page, int pages, long total) =>
        Pick($"Halaman {page} dari {pages} ({total} berkas)", $"Page {page} of {pages} ({total} files)");
    public static string Pagination => Pick("Halaman daftar", "List pages");

    // The file page.
    public static string YourTasks => Pick("Tugas Anda", "Your task");
    public static string SaveAndNext => Pick("Simpan & berkas berikutnya", "Save & next file");
    public static string ReasonRequiredFor(string outcomes) => Pick(
        $"Keputusan {outcomes} wajib disertai alasan; pemohon membaca alasan ini.",
        $"The decisions {outcomes} need a reason; the applicant reads it.");
    public static string ReasonMissing => Pick(
        "Keputusan ini wajib disertai alasan di kolom catatan; pemohon membaca alasan ini.",
        "This decision needs a reason in the comment; the applicant reads it.");
    public static string OtherTasks => Pick("Tahap lain yang sedang berjalan", "Other steps in progress");
    public static string ReadOnlyTask => Pick(
        "Dikerjakan oleh peran atau instansi lain; Anda hanya dapat melihatnya.", "Handled by another role or office; you can only view it.");
    public static string NoDecisionHere => Pick(
        "Tidak ada tugas yang dapat Anda putuskan pada berkas ini.", "There is no task on this file you can decide.");
    public static string SigningPassphrase => Pick("Passphrase sertifikat elektronik (BSrE)", "Electronic certificate passphrase (BSrE)");
    public static string SigningPassphraseHint(string outcomes) => Pick(
        $"Wajib untuk keputusan {outcomes}: izin ditandatangani secara elektronik atas nama Anda saat disimpan. Passphrase hanya dikirim ke layanan tanda tangan dan tidak disimpan.",
        $"Required for the decision {outcomes}: the permit is signed electronically in your name when you save. The passphrase goes to the signing service only and is not stored.");
    public static string DraftPermit => Pick("Draf izin (belum ditandatangani)", "Draft permit (not signed)");
    public static string DraftPermitHint => Pick(
        "Periksa draf izin ini sebelum menandatangani. Draf diberi tanda air DRAF dan tidak berlaku.",
        "Check this draft permit before signing. It is watermarked DRAF and not valid.");
    public static string DraftPermitUnavailable => Pick(
        "Draf izin tidak dapat dibuat: layanan ini belum memiliki templat izin.",
        "The draft permit cannot be made: this service has no permit template yet.");
    public static string BackToInbox => Pick("Kembali ke kotak tugas", "Back to the inbox");
    public static string NoNextFile => Pick("Tidak ada berkas lain di kotak tugas Anda.", "No other file in your inbox.");

    // Walk-in applicants at the counter.
    public static string CounterTitle => Pick("Permohonan di loket", "Counter applications");
    public static string CounterIntro => Pick(
        "Ajukan permohonan atas nama pemohon yang datang ke loket. Pemohon menerima surel tanda terima dan tautan pelacakan yang sama seperti pengajuan daring.",
        "File an application for a citizen at the counter. The citizen gets the same receipt e-mail and tracking link as an online application.");
    public static string FileAtCounter => Pick("Ajukan di loket", "File at the counter");
    public static string AtCounterNote => Pick(
        "Anda mengisi permohonan ini di loket atas nama pemohon.", "You are filing this application at the counter for the citizen.");
    public static string IdentityChecked => Pick(
        "Identitas pemohon (KTP) sudah diperiksa di loket", "The applicant's identity card was checked at the counter");
    public static string IdentityCheckRequired => Pick(
        "Periksa identitas pemohon di loket sebelum mengajukan.", "Check the applicant's identity at the counter before filing.");
    public static string CounterReceiptTitle => Pick("Permohonan loket tercatat", "Counter application filed");
    public static string PrintReceipt => Pick("Cetak tanda terima", "Print the receipt");
    public static string ReceiptBeingMade => Pick(
        "Tanda terima sedang dibuat; muat ulang halaman ini sebentar lagi.", "The receipt is being made; reload this page in a moment.");
    public static string CounterMailed => Pick(
        "Tanda terima dan kode pelacakan dikirim ke alamat surel pemohon. Kode pelacakan hanya untuk pemohon: petugas tidak " +
        "dapat melihatnya. Minta pemohon memeriksa surelnya sebelum meninggalkan loket; dengan nomor registrasi pada lembar " +
        "tanda terima dan kode dari surel, pemohon dapat melacak berkasnya di menu \"Lacak\".",
        "The receipt and the tracking code were e-mailed to the applicant. The code is for the applicant only: staff cannot see " +
        "it. Ask the applicant to check their e-mail before leaving the counter; with the registration number on the paper " +
        "receipt and the code from the e-mail they can follow the file under \"Track\".");
    public static string OpenFile => Pick("Buka berkas", "Open the file");
    public static string FileAnother => Pick("Ajukan permohonan lain", "File another application");
}
