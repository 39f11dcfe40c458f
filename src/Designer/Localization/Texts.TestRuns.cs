namespace Mpp.Workflows.Designer.Localization;

/// <summary>The studio's test runs: the panel, the timeline and the API's refusals.</summary>
internal static partial class Texts
{
    public static string TestRun => Pick("Uji coba", "Test run");
    public static string TestRunTitle => Pick("Uji coba alur sebelum diterbitkan", "Test run before publishing");
    public static string TestRunIntro => Pick(
        "Jalankan draf pada data contoh, pilih hasil setiap tahap, dan lihat jalurnya. Tidak ada yang disimpan ke data permohonan.",
        "Run the draft on sample data, choose each step's outcome and see its path. Nothing is written to the applications.");
    public static string TestRunFormData => Pick("Data formulir contoh", "Sample form data");
    public static string TestRunFromApplication => Pick("Salin data dari permohonan (nomor registrasi)", "Copy data from an application (registration number)");
    public static string TestRunCopy => Pick("Salin data", "Copy data");
    public static string TestRunCopied => Pick(
        "Data yang menentukan jalur disalin dari permohonan; nama, NIK, kontak, alamat, dan isian bebas diganti data contoh.",
        "The data that decides the path was copied from the application; name, NIK, contacts, address and free text were replaced by sample data.");
    public static string TestRunCopiedTag => Pick("disalin dari permohonan", "copied from an application");
    public static string TestRunSample => Pick("Data contoh baru", "New sample data");
    public static string TestRunSubmittedAt => Pick("Tanggal diajukan", "Filed on");
    public static string TestRunStart => Pick("Mulai uji coba", "Start test run");
    public static string TestRunUndo => Pick("Batalkan pilihan terakhir", "Undo last choice");
    public static string TestRunClose => Pick("Tutup uji coba", "Close test run");
    public static string TestRunWaitingAt(string step) => Pick($"Berkas menunggu di tahap \"{step}\". Pilih hasilnya:", $"The file waits at \"{step}\". Choose its outcome:");
    public static string TestRunDaysTaken => Pick("Lama tahap ini (hari kerja)", "This step takes (working days)");
    public static string TestRunEnded(string result, int days) => Pick($"Selesai: {result}, {days} hari kerja sejak diajukan.", $"Ended: {result}, {days} working days after filing.");
    public static string TestRunFaulted(string step, string message) => Pick($"Uji coba berhenti di tahap \"{step}\": {message}", $"The test run stopped at \"{step}\": {message}");
    public static string TestRunStuck => Pick("jalur berhenti tanpa tahap berikutnya dan tanpa akhir.", "the path stops with no next step and no end.");
    public static string TestRunTooLong => Pick("terlalu banyak tahap; alur berputar tanpa henti.", "too many steps; the route loops without end.");
    public static string TestRunNoStart => Pick("alur tidak memiliki tahap Mulai.", "the route has no Start step.");
    public static string TestRunShowUpTo => Pick("Tampilkan jalur sampai langkah", "Show the path up to step");
    public static string TestRunStepOf(int step, int total) => Pick($"{step} dari {total}", $"{step} of {total}");

    public static string TestRunTimeline => Pick("Linimasa uji coba", "Test run timeline");
    public static string TestRunColumnStep => Pick("Tahap", "Step");
    public static string TestRunColumnOffice => Pick("Kantor", "Office");
    public static string TestRunColumnOutcome => Pick("Hasil", "Outcome");
    public static string TestRunColumnDays => Pick("Hari kerja", "Working days");
    public static string TestRunColumnDates => Pick("Tanggal", "Dates");
    public static string TestRunColumnStatutory => Pick("Jangka waktu layanan", "Statutory clock");
    public static string TestRunApplicant => Pick("Pemohon", "Applicant");
    public static string TestRunWaiting => Pick("menunggu pilihan", "awaiting a choice");
    public static string TestRunCancelledStep => Pick("dibatalkan", "cancelled");
    public static string TestRunParallel => Pick("paralel", "parallel");
    public static string TestRunPaused => Pick("dijeda (berkas di pemohon)", "paused (file with the applicant)");
    public static string TestRunNotStarted => Pick("belum berjalan", "not started");
    public static string TestRunStatutoryDays(int used, int days) => Pick($"{used} dari {days} hari kerja", $"{used} of {days} working days");
    public static string TestRunStatutorySummary(int used, int days, string due) => Pick(
        $"Jangka waktu layanan: {used} dari {days} hari kerja terpakai (batas {due}).",
        $"Statutory clock: {used} of {days} working days used (due {due}).");
    public static string TestRunStatutoryExceeded(int over) => Pick($"Melewati jangka waktu layanan {over} hari kerja.", $"Over the statutory time limit by {over} working days.");
    public static string TestRunStatutoryNone => Pick("Jangka waktu layanan belum mulai: berkas belum dinyatakan lengkap.", "The statutory clock has not started: the file was never marked complete.");
    public static string TestRunDays(int days) => Pick($"{days} hari kerja", $"{days} working days");
    public static string TestRunTotal(int days) => Pick($"Total {days} hari kerja sejak diajukan.", $"{days} working days in all since filing.");

    public static string TestRunSaved => Pick("Uji coba tersimpan", "Saved test runs");
    public static string TestRunName => Pick("Nama uji coba", "Test run name");
    public static string TestRunSave => Pick("Simpan uji coba", "Save test run");
    public static string TestRunRerunAll => Pick("Jalankan ulang semua", "Rerun all");
    public static string TestRunLoad => Pick("Buka", "Open");
    public static string TestRunDelete => Pick("Hapus", "Delete");
    public static string TestRunNoneSaved => Pick("Belum ada uji coba tersimpan.", "No saved test runs yet.");
    public static string TestRunChanged => Pick("Jalur berubah sejak disimpan", "Path changed since saved");
    public static string TestRunUnchanged => Pick("Jalur sama", "Same path");
    public static string TestRunSavedAs(string name) => Pick($"Uji coba \"{name}\" disimpan bersama draf.", $"Test run \"{name}\" saved with the draft.");

    public static string TestRunInvalid => Pick("Uji coba tidak dapat dijalankan", "The test run cannot be run");
    public static string TestRunNotARoute => Pick("Dokumen ini bukan alur yang dapat diuji coba.", "This document is not a route that can be test-run.");
    public static string TestRunNoRoute(string id) => Pick($"Alur '{id}' tidak ditemukan.", $"Route '{id}' not found.");
    public static string TestRunNoApplication(string number) => Pick(
        $"Permohonan {number} tidak ditemukan atau bukan wewenang kantor Anda.", $"Application {number} was not found or is not your office's.");
    public static string TestRunNotFound(string name) => Pick($"Uji coba \"{name}\" tidak ditemukan.", $"Test run \"{name}\" not found.");
    public static string TestRunNeedsDraft => Pick("Alur ini belum memiliki draf", "This route has no draft");
    public static string TestRunNeedsDraftDetail => Pick(
        "Uji coba disimpan bersama draf. Simpan draf alur ini terlebih dahulu.", "Test runs are saved with the draft. Save a draft of this route first.");
    public static string TestRunUnknownStep(string step) => Pick(
        $"Tahap '{step}' tidak ada di alur ini atau tidak menunggu pilihan.", $"Step '{step}' is not in this route or does not wait for a choice.");
    public static string TestRunUnknownOutcome(string step, string outcomes) => Pick(
        $"Tahap \"{step}\" hanya dapat berakhir dengan: {outcomes}.", $"Step \"{step}\" can only end with: {outcomes}.");
    public static string TestRunDaysRange(int max) => Pick($"Lama tahap antara 0 dan {max} hari kerja.", $"A step takes between 0 and {max} working days.");
    public static string TestRunTooManyChoices(int max) => Pick($"Paling banyak {max} pilihan dalam satu uji coba.", $"At most {max} choices in one test run.");
    public static string TestRunNameRule(int max) => Pick($"Beri nama 1 sampai {max} karakter.", $"Give a name of 1 to {max} characters.");
    public static string TestRunDataTooLarge(int kilobytes) => Pick($"Data formulir satu uji coba paling besar {kilobytes} KB.", $"A test run's form data may be at most {kilobytes} KB.");
    public static string TestRunRouteChanged => Pick("Draf alur berubah sementara uji coba dijalankan", "The route's draft changed while the test ran");
    public static string TestRunRouteChangedDetail => Pick("Muat ulang draf lalu simpan uji coba ini lagi.", "Reload the draft and save this test run again.");
    public static string TestRunTooMany(int max) => Pick($"Satu alur menyimpan paling banyak {max} uji coba.", $"A route keeps at most {max} test runs.");
    public static string TestRunNoCalendar(int year) => Pick(
        $"Kalender hari kerja tahun {year} belum ada; admin perlu menambahkannya sebelum uji coba mencapai tahun itu.",
        $"There is no working-day calendar for {year}; an admin must add it before a test run reaches that year.");
    public static string TestRunSubmittedAtRange(int first, int last) => Pick(
        $"Tanggal pengajuan uji coba harus antara tahun {first} dan {last}.", $"A test run's filing date must be between {first} and {last}.");
    public static string TestRunNameLabel => Pick("Nama uji coba", "Test run name");
}
