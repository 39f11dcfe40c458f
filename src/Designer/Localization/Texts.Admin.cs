namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of the admin pages (<c>/admin</c>): offices, staff accounts, holiday calendars.</summary>
internal static partial class Texts
{
    public static string ApiReference => Pick("Referensi API (Scalar)", "API reference (Scalar)");
    public static string Save => Pick("Simpan", "Save");
    public static string Cancel => Pick("Batal", "Cancel");
    public static string Saved => Pick("Tersimpan.", "Saved.");
    public static string DisplayName => Pick("Nama tampilan", "Display name");
    public static string NoOffice => Pick("(tanpa instansi: analis, admin)", "(no office: analyst, admin)");
    public static string EmailOptional => Pick("Surel (untuk pengingat; opsional)", "E-mail (for reminders; optional)");
    public static string NewAccount => Pick("Akun baru", "New account");
    public static string CreateAccount => Pick("Buat akun", "Create account");
    public static string EditAccount(string username) => Pick($"Ubah akun {username}", $"Edit account {username}");
    public static string EditOffice(string code) => Pick($"Ubah instansi {code}", $"Edit office {code}");
    public static string NewOffice => Pick("Instansi baru", "New office");
    public static string AddOffice => Pick("Tambah instansi", "Add office");
    public static string OfficeCodeHint => Pick(
        "2–16 huruf besar, angka atau '-', diawali huruf (mis. DISPERINDAG). Tidak dapat diubah setelah dibuat.",
        "2–16 capital letters, digits or '-', starting with a letter (e.g. DISPERINDAG). Cannot be changed later.");
    public static string OfficeCreated(string code) => Pick($"Instansi {code} dibuat.", $"Office {code} created.");
    public static string AccountCreated(string username) => Pick($"Akun {username} dibuat.", $"Account {username} created.");
    public static string NewPassword => Pick("Kata sandi baru", "New password");
    public static string ResetPassword => Pick("Atur ulang kata sandi", "Reset password");
    public static string PasswordWasReset(string username) =>
        Pick($"Kata sandi {username} diatur ulang.", $"The password of {username} was reset.");
    public static string PasswordHint(int length) => Pick($"Minimal {length} karakter.", $"At least {length} characters.");
    public static string Required => Pick("wajib diisi.", "required.");
    public static string Inactive => Pick("Nonaktif", "Inactive");
    public static string TimeZoneHint => Pick(
        "ID IANA (mis. Asia/Jakarta) atau WIB, WITA, WIT. Berlaku untuk tenggat yang dimulai setelah perubahan.",
        "An IANA id (e.g. Asia/Jakarta) or WIB, WITA, WIT. Applies to deadlines started after the change.");

    public static string HolidayCalendar => Pick("Kalender hari libur", "Holiday calendar");
    public static string Year => Pick("Tahun", "Year");
    public static string ShowYear => Pick("Tampilkan", "Show");
    public static string Date => Pick("Tanggal", "Date");
    public static string Kind => Pick("Jenis", "Kind");
    public static string AddHoliday => Pick("Tambah hari libur", "Add holiday");
    public static string Remove => Pick("Hapus", "Remove");
    public static string SaveCalendar => Pick("Simpan kalender", "Save calendar");
    public static string UnsavedCalendar => Pick("Ada perubahan yang belum disimpan.", "There are unsaved changes.");
    public static string NoCalendar(int year) => Pick(
        $"Belum ada kalender resmi {year}: tenggat yang mencapai tahun {year} dihitung dengan perkiraan sementara dan tindakan "
            + "otomatisnya menunggu. Tambahkan hari libur sesuai keputusan bersama (SKB) lalu simpan.",
        $"There is no official {year} calendar yet: deadlines reaching {year} are counted with a provisional estimate and their "
            + "automatic actions wait. Add the holidays of the joint decree (SKB) and save.");

    /// <summary>The banner of /admin and the inbox while running clocks count through years without a decree.</summary>
    public static string ProvisionalBannerTitle => Pick("Tenggat masih perkiraan", "Due dates are estimates");
    public static string ProvisionalBanner(int applications, IReadOnlyList<int> years) => Pick(
        $"Kalender hari libur resmi {YearList(years, "dan")} belum diterbitkan. Tenggat {applications} permohonan yang berjalan "
            + "dihitung dengan perkiraan sementara; fiktif positif, keputusan otomatis, pengingat dan eskalasinya menunggu sampai "
            + "administrator menyimpan kalender resmi di halaman Administrasi.",
        $"The official holiday calendar for {YearList(years, "and")} has not been published. The due dates of {applications} running "
            + "applications are provisional estimates; their deemed approval, automatic outcomes, reminders and escalations wait "
            + "until an administrator saves the official calendar on the Administration page.");
    public static string Estimate => Pick("perkiraan", "estimate");
    public static string EstimateHint => Pick(
        "Tanggal perkiraan: kalender hari libur tahun itu belum diterbitkan.",
        "An estimated date: that year's holiday calendar has not been published.");

    private static string YearList(IReadOnlyList<int> years, string and) => years.Count switch
    {
        0 => Pick("tahun berikutnya", "the coming year"),
        1 => years[0].ToString(CultureInfo.InvariantCulture),
        _ => string.Join(", ", years.SkipLast(1)) + $" {and} {years[^1]}",
    };
    public static string CalendarSaved(int year, int holidays, int dueDates) => Pick(
        $"Kalender {year} tersimpan ({holidays} hari libur); {dueDates} tenggat dihitung ulang.",
        $"Calendar {year} saved ({holidays} holidays); {dueDates} due dates recomputed.");
    public static string HolidayKindName(Engine.Calendar.HolidayKind kind) => kind switch
    {
        Engine.Calendar.HolidayKind.National => Pick("Libur nasional", "National holiday"),
        Engine.Calendar.HolidayKind.CutiBersama => Pick("Cuti bersama", "Joint leave"),
        _ => kind.ToString(),
    };

    public static string FailedOutboxTitle => Pick("Dokumen dan surel yang gagal dikirim", "Documents and e-mails that failed");
    public static string NoFailedOutbox => Pick("Tidak ada dokumen atau surel yang gagal.", "No document or e-mail has failed.");
    public static string FailedOutboxHint(int count) => Pick(
        $"{count} dokumen atau surel berhenti dicoba. Perbaiki penyebabnya, lalu kirim ulang; pemohon belum menerimanya.",
        $"{count} documents or e-mails stopped being retried. Fix the cause, then send again; the applicant has not received them.");
    public static string Attempts => Pick("Percobaan", "Attempts");
    public static string Problem => Pick("Masalah", "Problem");
    public static string TechnicalDetail => Pick("Rincian teknis", "Technical detail");
    public static string RetrySend => Pick("Kirim ulang", "Send again");
    public static string RetryQueued => Pick("Dimasukkan kembali ke antrean pengiriman.", "Queued again for sending.");
    public static string RetryNotNeeded => Pick("Sudah tidak gagal lagi (sudah dikirim ulang atau terkirim).", "No longer failed (already retried or delivered).");
    public static string Loading => Pick("Memuat…", "Loading…");
    public static string ProblemNoPermitTemplate => Pick(
        "Belum ada templat surat izin untuk layanan ini, sehingga izin tidak dapat diterbitkan. Tambahkan templatnya, lalu kirim ulang.",
        "There is no permit template for this service, so the permit cannot be issued. Add the template, then send again.");
    public static string ProblemDocument => Pick(
        "Dokumen tidak dapat dibuat atau ditandatangani. Periksa rincian teknis, perbaiki penyebabnya, lalu kirim ulang.",
        "The document could not be produced or signed. Check the technical detail, fix the cause, then send again.");
    public static string ProblemMail => Pick(
        "Surel tidak dapat dikirim (server surel atau alamat penerima). Periksa rincian teknis, lalu kirim ulang.",
        "The e-mail could not be sent (mail server or recipient address). Check the technical detail, then send again.");
}
