namespace Mpp.Workflows.Designer.Localization;

/// <summary>Strings of the studio's page that moves running files to a newer version of a route.</summary>
internal static partial class Texts
{
    public static string MigrateFiles => Pick("Pindahkan berkas berjalan", "Move running files");
    public static string MigrateFilesHint => Pick(
        "Berkas yang masih berjalan pada versi lama sebuah rute dapat dipindahkan ke versi terbitnya yang lebih baru.",
        "Files still running on an old version of a route can move to its newer published version.");
    public static string MigrationTitle(string route) => Pick($"Pindahkan berkas berjalan — {route}", $"Move running files — {route}");
    public static string MigrationIntro => Pick(
        "Berkas yang sedang diproses pada versi lama dapat dipindahkan ke versi terbit yang lebih baru. Langkah dengan kode yang sama "
            + "dipasangkan otomatis; untuk langkah yang diganti namanya atau dihapus, pilih padanannya sendiri. Periksa pratinjau sebelum memindahkan. "
            + "Jangka waktu layanan, batas waktu tiap tahap, dan petugas yang memegang tugas tetap seperti sebelumnya.",
        "Files in progress on an old version can move to a newer published version. Steps with the same id are paired automatically; "
            + "for a renamed or removed step, choose its counterpart yourself. Check the preview before moving. "
            + "The statutory time limit, each step's due date and the officer holding a task stay as they were.");
    public static string FromVersion => Pick("Dari versi", "From version");
    public static string ToVersion => Pick("Ke versi terbit", "To published version");
    public static string ShowPreview => Pick("Tampilkan pratinjau", "Show preview");
    public static string NothingToMigrate => Pick(
        "Belum ada dua versi terbit: terbitkan versi baru rute ini lebih dahulu.", "There are not two published versions yet: publish a new version of this route first.");
    public static string StepMapping => Pick("Padanan langkah", "Step mapping");
    public static string StepMappingHint => Pick(
        "Setiap langkah versi lama tempat berkas dapat menunggu, dan langkah versi baru yang menjadi tujuannya.",
        "Each step of the old version where a file can wait, and the step of the new version it becomes.");
    public static string StepInVersion(int version) => Pick($"Langkah versi {version}", $"Step in version {version}");
    public static string StepKind => Pick("Jenis langkah", "Kind of step");
    public static string HowPaired => Pick("Cara dipasangkan", "How paired");
    public static string PairedByHand => Pick("dipilih sendiri", "chosen by hand");
    public static string PairedById => Pick("otomatis (kode sama)", "automatic (same id)");
    public static string NotPaired => Pick("tidak ada padanan", "no counterpart");
    public static string NoCounterpartOption => Pick("— tidak ada padanan —", "— no counterpart —");
    public static string CounterpartOf(string step) => Pick($"Padanan langkah {step}", $"Counterpart of step {step}");
    public static string MovableFiles(int count) => Pick($"Berkas yang dapat dipindahkan ({count})", $"Files that can move ({count})");
    public static string BlockedFiles(int count) => Pick($"Berkas yang tidak dapat dipindahkan ({count})", $"Files that cannot move ({count})");
    public static string NoFilesOnVersion(int version) => Pick($"Tidak ada berkas pada versi {version}.", $"There are no files on version {version}.");
    public static string NowAt => Pick("Sekarang di", "Now at");
    public static string WillMoveTo => Pick("Pindah ke", "Moves to");
    public static string Reason => Pick("Alasan", "Reason");
    public static string KeepsOfficer(string officer) => Pick($"tetap dipegang {officer}", $"stays with {officer}");
    public static string BackToQueue(string officer) => Pick(
        $"kembali ke antrean instansi (tidak lagi dipegang {officer})", $"back to the office queue (no longer held by {officer})");
    public static string MoveFiles(int count) => Pick($"Pindahkan {count} berkas", $"Move {count} files");
    public static string MigrationDone(int moved, int toVersion) => Pick(
        $"{moved} berkas dipindahkan ke versi {toVersion}.", $"{moved} files moved to version {toVersion}.");
    public static string MigrationRefused(int count) => Pick(
        $"{count} berkas tidak dipindahkan dan tetap pada versi lama:", $"{count} files were not moved and stay on the old version:");

    public static string MigrationMoves => Pick("Perpindahan per langkah", "Moves per step");
    public static string MigrationBlockedBy => Pick("Berkas yang tidak dapat dipindahkan, per alasan", "Files that cannot move, per reason");
    public static string FileCount => Pick("Jumlah berkas", "Files");
    public static string MigrationNoMoves => Pick("Tidak ada berkas yang dapat dipindahkan.", "No file can move.");
    public static string MigrationNoBlocked => Pick("Semua berkas dapat dipindahkan.", "Every file can move.");
    public static string MigrationFilesHidden(int count) => Pick(
        $"{count} berkas dihitung di atas tanpa disebutkan: nomor registrasi dan nama pemohon hanya tampil bagi yang berwenang membaca berkasnya.",
        $"{count} files are counted above without being named: registration numbers and applicant names show only to those allowed to read the files.");
    public static string MigrationPlanChanged => Pick("Berkas berubah sejak pratinjau", "The files changed since the preview");
    public static string MigrationPlanChangedDetail => Pick(
        "Ada berkas yang berubah, masuk, atau selesai setelah pratinjau ditampilkan. Tidak ada yang dipindahkan; tampilkan pratinjau lagi.",
        "A file changed, arrived or ended after the preview was shown. Nothing was moved; show the preview again.");

    /// <summary>Why a file cannot move (<see cref="MigrationReasons"/>), naming the step and the new version where one is the cause.</summary>
    public static string MigrationReason(string? reason, string? step, int toVersion) => reason switch
    {
        MigrationReasons.Finished => Pick("Berkas sudah selesai diproses.", "The file has been completed."),
        MigrationReasons.Faulted => Pick(
            "Proses berkas sedang terhenti; administrator perlu melanjutkannya lebih dahulu.", "The file is stopped; an administrator must resume it first."),
        MigrationReasons.NoCounterpart => Pick(
            $"Berkas menunggu di langkah \"{step}\", yang tidak ada di versi {toVersion} dan belum dipilihkan padanannya.",
            $"The file waits at step \"{step}\", which is not in version {toVersion} and has no counterpart chosen."),
        MigrationReasons.KindChanged => Pick(
            $"Langkah \"{step}\" di versi {toVersion} berjenis lain; pilih padanan yang sejenis.",
            $"Step \"{step}\" is of another kind in version {toVersion}; choose a counterpart of the same kind."),
        MigrationReasons.ParallelBranches => Pick(
            $"Pemeriksaan paralel yang sedang berjalan di \"{step}\" tidak dapat dipetakan ke versi {toVersion}.",
            $"The parallel checks running at \"{step}\" cannot be mapped to version {toVersion}."),
        MigrationReasons.ChangedMeanwhile => Pick(
            "Berkas berubah sejak pratinjau ditampilkan; tampilkan pratinjau lagi.", "The file changed after the preview was shown; show the preview again."),
        MigrationReasons.NotOnVersion => Pick("Berkas tidak lagi berjalan pada versi lama.", "The file no longer runs on the old version."),
        _ => Pick("Berkas tidak ditemukan.", "The file was not found."),
    };
}
