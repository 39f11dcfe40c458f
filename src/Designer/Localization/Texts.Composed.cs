using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Designer.Localization;

/// <summary>
/// The texts that are more than a sentence with holes: a choice by value or count, a date written out. The plain ones are
/// in the <c>Texts.*.texts</c> tables beside this file.
/// </summary>
internal static partial class Texts
{
    // Admin pages.
    public static string HolidayKindName(Engine.Calendar.HolidayKind kind) => kind switch
    {
        Engine.Calendar.HolidayKind.National => Pick("Libur nasional", "National holiday"),
        Engine.Calendar.HolidayKind.CutiBersama => Pick("Cuti bersama", "Joint leave"),
        _ => kind.ToString(),
    };

    /// <summary>The banner of /admin while running clocks count through years without a decree.</summary>
    public static string ProvisionalBanner(int applications, IReadOnlyList<int> years) => Pick(
        $"Kalender hari libur resmi {YearList(years, "dan")} belum diterbitkan. Tenggat {applications} permohonan yang berjalan "
            + "dihitung dengan perkiraan sementara; fiktif positif, keputusan otomatis, pengingat dan eskalasinya menunggu sampai "
            + "kalender resmi disimpan.",
        $"The official holiday calendar for {YearList(years, "and")} has not been published. The due dates of {applications} running "
            + "applications are provisional estimates; their deemed approval, automatic outcomes, reminders and escalations wait "
            + "until the official calendar is saved.");

    /// <summary>The banner of an office's inbox while some of its open tasks have an estimated due date.</summary>
    public static string ProvisionalInboxBanner(int tasks, IReadOnlyList<int> years) => Pick(
        $"Kalender hari libur resmi {YearList(years, "dan")} belum diterbitkan, sehingga tenggat {tasks} tugas terbuka instansi "
            + "Anda masih perkiraan dan dapat bergeser. Anda tidak perlu berbuat apa-apa: administrator akan menerbitkan kalender "
            + "resmi, lalu tenggatnya dihitung ulang.",
        $"The official holiday calendar for {YearList(years, "and")} has not been published, so the due dates of {tasks} open tasks "
            + "of your office are estimates and may move. No action is needed from you: the administrator publishes the official "
            + "calendar, and the due dates are then recomputed.");

    /// <summary>The banner's link to the calendar panel of /admin with the first year to publish chosen.</summary>
    public static string OpenCalendarOf(IReadOnlyList<int> years) => Pick(
        $"Buka kalender {YearList(years, "dan")}", $"Open the {YearList(years, "and")} calendar");

    /// <summary>Beside a promised date counted through years without a decree: which years, and that the date may move.</summary>
    public static string EstimateHintFor(IReadOnlyList<int> years) => Pick(
        $"kalender hari libur {YearList(years, "dan")} belum diterbitkan; tanggal dapat bergeser",
        $"the {YearList(years, "and")} holiday calendar has not been published; the date may move");

    /// <summary>The history's words for a due date that became an estimate (written from the event's details).</summary>
    public static string DueProvisionalComment(string due, IReadOnlyList<int> years) => Pick(
        $"Batas waktu {due} adalah perkiraan: kalender hari libur {YearList(years, "dan")} belum diterbitkan. Tidak ada tindakan "
            + "otomatis pada tanggal perkiraan; tanggal resmi dihitung saat kalender resmi diterbitkan.",
        $"The due date {due} is an estimate: the {YearList(years, "and")} holiday calendar has not been published. Nothing "
            + "automatic happens on an estimated date; the official date is computed when the official calendar is published.");

    /// <summary>The history's words for a due date a calendar change moved (written from the event's details).</summary>
    public static string CalendarChangedComment(int year, int holidays, string by, string before, string after) => Pick(
        $"Kalender hari libur {year} diubah oleh {by} ({holidays} hari libur); batas waktu {before} menjadi {after}.",
        $"The {year} holiday calendar was changed by {by} ({holidays} {(holidays == 1 ? "holiday" : "holidays")}); the due date "
            + $"{before} became {after}.");

    private static string YearList(IReadOnlyList<int> years, string and) => years.Count switch
    {
        0 => Pick("tahun berikutnya", "the coming year"),
        1 => years[0].ToString(CultureInfo.InvariantCulture),
        _ => string.Join(", ", years.SkipLast(1)) + $" {and} {years[^1]}",
    };

    // Uploads, documents, clocks and the applicant's pages.
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

    public static string DocumentKindName(string kind) => Glossary.DocumentKind(kind);

    public static string ClockKindName(string kind) => kind switch
    {
        ClockKinds.Statutory => Pick("Batas waktu keputusan menurut peraturan", "Statutory time limit for the decision"),
        ClockKinds.Revision => Pick("Batas waktu perbaikan berkas", "Time to revise the file"),
        _ => Glossary.ClockKind(kind),
    };

    public static string ClockStatusName(string status) => Glossary.ClockStatus(status);

    /// <summary>
    /// Working days left (negative: late) in whole days, rounded down, as staff count them: <c>25 hari kerja</c>,
    /// <c>kurang dari 1 hari kerja</c>, <c>lewat 2 hari kerja</c> (the API keeps the fraction).
    /// </summary>
    public static string WorkingDaysLeft(double? days) => days switch
    {
        null => "—",
        <= -1 => Pick($"lewat {WholeDays(-days.Value)} hari kerja", $"{WholeDays(-days.Value)} {EnglishDays(-days.Value)} late"),
        < 0 => Pick("lewat kurang dari 1 hari kerja", "less than 1 working day late"),
        < 1 => Pick("kurang dari 1 hari kerja", "less than 1 working day"),
        _ => Pick($"{WholeDays(days.Value)} hari kerja", $"{WholeDays(days.Value)} {EnglishDays(days.Value)}"),
    };

    private static string WholeDays(double days) => Math.Floor(days).ToString("0", CultureInfo.CurrentCulture);

    private static string EnglishDays(double days) => Math.Floor(days) == 1 ? "working day" : "working days";

    // The applicant's form, receipt and tracking page.
    public static string AlsoFills(IEnumerable<string> labels) => Pick(
        $"Isian ini juga dipakai sebagai {string.Join(", ", labels)} pada formulir; Anda tidak perlu mengisinya lagi.", $"This also fills in {string.Join(", ", labels)} on the form; you need not type it again.");

    public static string RenewalOf(string number, DateOnly? until) => until is { } end
        ? Pick($"Perpanjangan izin {number}, berlaku sampai {LongDate(end)}. Formulir sudah terisi data izin Anda: periksa dan perbarui bila ada yang berubah, lalu unggah kembali berkas yang diminta.",
            $"Renewal of permit {number}, valid until {LongDate(end)}. The form is filled in from your permit: check it, update what has changed, and upload the requested files again.")
        : Pick($"Perpanjangan izin {number}. Formulir sudah terisi data izin Anda: periksa dan perbarui bila ada yang berubah, lalu unggah kembali berkas yang diminta.",
            $"Renewal of permit {number}. The form is filled in from your permit: check it, update what has changed, and upload the requested files again.");

    /// <summary>A calendar date written out in the page's language, e.g. <c>18 Agustus 2026</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    // The studio's editing tools.
    public static string Undone(string? action) => action is null ? Pick("Diurungkan.", "Undone.") : Pick($"Diurungkan: {action}", $"Undone: {action}");
    public static string Redone(string? action) => action is null ? Pick("Diulangi.", "Redone.") : Pick($"Diulangi: {action}", $"Redone: {action}");

    // Moving running files to a newer version.
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

    // A route's life in the studio.
    public static string ConfirmDeleteDraft(int version, bool routeGoes) => routeGoes
        ? Pick($"Hapus draf versi {version}? Rute ini belum pernah terbit, jadi seluruh rute akan hilang.", $"Delete draft version {version}? This route was never published, so the whole route goes.")
        : Pick($"Hapus draf versi {version}? Versi terbit tetap dipakai.", $"Delete draft version {version}? The published version stays in use.");

    // The studio's words for the catalog's codes.
    /// <summary>How a setting's value is written: as it stands, as a JavaScript formula, or as structured data.</summary>
    public static string Syntax(string syntax) => syntax switch
    {
        "Literal" => Pick("Teks tetap", "Fixed text"),
        "JavaScript" => Pick("Rumus (JavaScript)", "Formula (JavaScript)"),
        "Object" => Pick("Data terstruktur", "Structured data"),
        _ => Glossary.Words(syntax),
    };

    // The comparison of the draft with the published version.
    /// <summary>A top-level part of a route as the comparison lists it.</summary>
    public static string RouteSection(string section) => section.ToLowerInvariant() switch
    {
        "name" => Pick("Nama layanan", "Service name"),
        "description" => Pick("Deskripsi layanan", "Service description"),
        "inputs" => Pick("Formulir pemohon", "Applicant form"),
        "options" => Pick("Pengaturan layanan (biaya, waktu, persyaratan, surat izin)", "Service settings (fee, time, requirements, permit)"),
        "studio" => Pick("Uji coba tersimpan", "Saved test runs"),
        "variables" => Pick("Variabel alur", "Route variables"),
        _ => Glossary.Words(section),
    };
}
