using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Localization;

/// <summary>
/// The one glossary of the engine's codes as people read them: audit events, application statuses and results, task
/// states, document kinds, staff roles, actors, activity types, outbox states and the runtime's refusals, in Indonesian
/// (the default) or English (chosen). Pages never show a code itself: an unknown code is written out as words
/// (<c>TidakLengkap</c> → "Tidak lengkap") rather than shown raw.
/// </summary>
internal static class Glossary
{
    /// <summary>An audit event of the history.</summary>
    public static string Event(string name) => name switch
    {
        AuditEvents.Submitted => Pick("Permohonan diajukan", "Application submitted"),
        AuditEvents.TaskCreated => Pick("Berkas masuk ke tahap", "File reached step"),
        AuditEvents.TaskClaimed => Pick("Tugas diambil petugas", "Task claimed"),
        AuditEvents.TaskReleased => Pick("Tugas dilepas petugas", "Task released"),
        AuditEvents.TaskCompleted => Pick("Tahap diselesaikan", "Step completed"),
        AuditEvents.Cancelled => Pick("Tahap dibatalkan", "Step cancelled"),
        AuditEvents.ReturnedToApplicant => Pick("Dikembalikan kepada pemohon", "Returned to the applicant"),
        AuditEvents.Resubmitted => Pick("Perbaikan dikirim pemohon", "Applicant sent a correction"),
        AuditEvents.Decided => Pick("Percabangan alur diputuskan", "Route branch decided"),
        AuditEvents.JoinWaiting => Pick("Menunggu pemeriksaan paralel lain", "Waiting for the parallel checks"),
        AuditEvents.Joined => Pick("Pemeriksaan paralel selesai", "Parallel checks finished"),
        AuditEvents.DocumentRequested => Pick("Dokumen sedang disiapkan", "Document being prepared"),
        AuditEvents.EmailQueued => Pick("Surel disiapkan untuk dikirim", "E-mail queued"),
        AuditEvents.DocumentIssued => Pick("Dokumen terbit", "Document issued"),
        AuditEvents.DocumentRevoked => Pick("Dokumen dicabut", "Document revoked"),
        AuditEvents.SignatureFailed => Pick("Tanda tangan elektronik gagal, tugas tetap terbuka", "Electronic signature failed, the task stays open"),
        AuditEvents.RenewalChecked => Pick("Pemeriksaan perpanjangan izin", "Permit renewal check"),
        AuditEvents.TimerStarted => Pick("Penghitung waktu dimulai", "Timer started"),
        AuditEvents.TimerFired => Pick("Waktu tunggu berakhir", "Timer elapsed"),
        AuditEvents.Faulted => Pick("Proses terhenti, ditangani petugas", "Process stopped, staff are on it"),
        AuditEvents.Retried => Pick("Proses dilanjutkan kembali", "Process resumed"),
        AuditEvents.Ended => Pick("Proses selesai", "Process ended"),
        AuditEvents.TaskReminded => Pick("Pengingat dikirim ke petugas", "Reminder sent to staff"),
        AuditEvents.TaskOverdue => Pick("Tahap melewati batas waktu", "Step overdue"),
        AuditEvents.TaskEscalated => Pick("Tugas dialihkan ke atasan", "Task escalated"),
        AuditEvents.ClockStarted => Pick("Jangka waktu mulai dihitung", "Time limit started"),
        AuditEvents.ClockPaused => Pick("Jangka waktu dihentikan sementara", "Time limit paused"),
        AuditEvents.ClockResumed => Pick("Jangka waktu berjalan kembali", "Time limit resumed"),
        AuditEvents.DueRecomputed => Pick("Batas waktu dihitung ulang", "Due date recomputed"),
        AuditEvents.CalendarMissing => Pick("Kalender hari libur belum tersedia", "Holiday calendar missing"),
        AuditEvents.DueProvisional => Pick("Batas waktu masih perkiraan", "Due date is an estimate"),
        AuditEvents.RevisionExpired => Pick("Batas waktu perbaikan terlampaui", "Time to revise expired"),
        AuditEvents.StatutoryDeadlinePassed => Pick("Jangka waktu layanan terlampaui", "Statutory time limit passed"),
        AuditEvents.DeemedApproved => Pick("Dianggap disetujui menurut peraturan", "Deemed approved by law"),
        AuditEvents.Migrated => Pick("Dipindahkan ke versi alur yang lebih baru", "Moved to a newer version of the route"),
        _ => Words(name),
    };

    /// <summary>An application's status.</summary>
    public static string Status(string status) => status switch
    {
        ApplicationStatuses.InProgress => Pick("Sedang diproses", "In progress"),
        ApplicationStatuses.AwaitingApplicant => Pick("Menunggu perbaikan pemohon", "Awaiting the applicant"),
        ApplicationStatuses.Completed => Pick("Selesai", "Completed"),
        ApplicationStatuses.Faulted => Pick("Terhenti (ditangani petugas)", "Stopped (staff are on it)"),
        _ => Words(status),
    };

    /// <summary>How a completed application ended (empty when it has not).</summary>
    public static string Result(string? result) => result switch
    {
        null => string.Empty,
        ApplicationResults.Approved => Pick("Disetujui", "Approved"),
        ApplicationResults.Rejected => Pick("Ditolak", "Rejected"),
        ApplicationResults.Withdrawn => Pick("Ditarik / kedaluwarsa", "Withdrawn / expired"),
        ApplicationResults.DeemedApproved => Pick("Dianggap disetujui", "Deemed approved"),
        _ => Words(result),
    };

    /// <summary>
    /// The outcome of a history entry: a task's outcome (the route's own words, written out), a document kind, an end
    /// result or a mail template.
    /// </summary>
    public static string Outcome(string? outcome) => outcome switch
    {
        null or "" => string.Empty,
        DocumentKinds.Receipt or DocumentKinds.Permit or DocumentKinds.Rejection => DocumentKind(outcome),
        ApplicationResults.Approved or ApplicationResults.Rejected or ApplicationResults.Withdrawn or ApplicationResults.DeemedApproved
            => Result(outcome),
        OutboxMailTemplates.ReturnedForRevision => Pick("Surel permintaan perbaikan", "Revision request e-mail"),
        OutboxMailTemplates.Reminder => Pick("Surel pengingat", "Reminder e-mail"),
        OutboxMailTemplates.StatutoryDeadline => Pick("Surel batas waktu layanan", "Statutory deadline e-mail"),
        OutboxMailTemplates.PermitExpiry => Pick("Surel pengingat masa berlaku izin", "Permit expiry reminder e-mail"),
        "Done" => Pick("Selesai", "Done"),
        "True" => Pick("Ya", "Yes"),
        "False" => Pick("Tidak", "No"),
        "Expired" => Pick("Kedaluwarsa", "Expired"),
        ClockKinds.Statutory or ClockKinds.Revision or ClockKinds.Task => ClockKind(outcome),
        "WaitAll" => Pick("Semua cabang selesai", "Every branch arrived"),
        "WaitAny" => Pick("Cabang pertama tiba", "The first branch arrived"),
        AuditEvents.Resubmitted => Pick("Diperbaiki pemohon", "Resubmitted"),
        _ => Words(outcome),
    };

    /// <summary>A document kind.</summary>
    public static string DocumentKind(string kind) => kind switch
    {
        DocumentKinds.Receipt => Pick("Tanda terima", "Receipt"),
        DocumentKinds.Permit => Pick("Surat izin", "Permit"),
        DocumentKinds.Rejection => Pick("Surat penolakan", "Refusal letter"),
        _ => Words(kind),
    };

    /// <summary>A staff role.</summary>
    public static string Role(string role) => role switch
    {
        StaffRoles.FrontOffice => Pick("Petugas loket", "Front office"),
        StaffRoles.Reviewer => Pick("Pemeriksa berkas", "Reviewer"),
        StaffRoles.Signer => Pick("Penanda tangan", "Signer"),
        StaffRoles.Cashier => Pick("Kasir", "Cashier"),
        StaffRoles.Head => Pick("Kepala", "Head"),
        StaffRoles.Analyst => Pick("Analis alur", "Route analyst"),
        StaffRoles.Admin => Pick("Administrator", "Administrator"),
        _ => Words(role),
    };

    /// <summary>Several roles, joined.</summary>
    public static string Roles(IEnumerable<string> roles) => string.Join(", ", roles.Select(Role));

    /// <summary>Who did something: the applicant, the system, or a member of staff (their user name, as is).</summary>
    public static string Actor(string actor) => actor switch
    {
        "applicant" => Pick("Pemohon", "Applicant"),
        "system" => Pick("Sistem", "System"),
        _ => actor,
    };

    /// <summary>A human task's state.</summary>
    public static string TaskState(string state) => state switch
    {
        TaskStates.Open => Pick("Terbuka", "Open"),
        TaskStates.Completed => Pick("Selesai", "Completed"),
        TaskStates.Cancelled => Pick("Dibatalkan", "Cancelled"),
        _ => Words(state),
    };

    /// <summary>The kind of a clock.</summary>
    public static string ClockKind(string kind) => kind switch
    {
        ClockKinds.Statutory => Pick("Jangka waktu layanan menurut peraturan", "Statutory time limit"),
        ClockKinds.Revision => Pick("Batas waktu perbaikan berkas", "Time to revise the file"),
        ClockKinds.Task => Pick("Batas waktu tahap", "Step time limit"),
        _ => Words(kind),
    };

    /// <summary>The state of a clock.</summary>
    public static string ClockStatus(string status) => status switch
    {
        "Running" => Pick("berjalan", "running"),
        "Paused" => Pick("dihentikan sementara selama berkas di tangan pemohon", "paused while the file is with the applicant"),
        "Stopped" => Pick("selesai", "stopped"),
        "Expired" => Pick("terlampaui", "expired"),
        _ => Words(status),
    };

    /// <summary>An activity type of the route diagram, in Indonesian by the palette's own name (catalog <c>displayName</c>).</summary>
    public static string ActivityType(string type) => type switch
    {
        ActivityTypes.Start => Pick("Mulai", "Start"),
        ActivityTypes.End => Pick("Selesai", "End"),
        ActivityTypes.HumanTask => Pick("Tugas petugas", "Staff task"),
        ActivityTypes.ApplicantRevision => Pick("Perbaikan oleh pemohon", "Applicant's revision"),
        ActivityTypes.IssueDocument => Pick("Terbitkan dokumen", "Issue document"),
        ActivityTypes.SendEmail => Pick("Kirim surel", "Send e-mail"),
        ActivityTypes.FlowDecision => Pick("Keputusan ya/tidak", "Yes/no decision"),
        ActivityTypes.FlowFork => Pick("Paralel", "Parallel"),
        ActivityTypes.FlowJoin => Pick("Gabung", "Join"),
        ActivityTypes.FlowSwitch => Pick("Percabangan", "Branching"),
        ActivityTypes.Delay => Pick("Tunda", "Delay"),
        _ => Words(type[(type.LastIndexOf('.') + 1)..]),
    };

    /// <summary>The kind of an outbox row (a document or a mail).</summary>
    public static string OutboxKind(string kind) => kind switch
    {
        OutboxKinds.IssueDocument => Pick("Dokumen", "Document"),
        OutboxKinds.Email => Pick("Surel", "E-mail"),
        _ => Words(kind),
    };

    /// <summary>
    /// The runtime's refusal (its title is English, for the API) as a page shows it. Known refusals are translated;
    /// any other falls back to a sentence for its kind, so no English reaches an Indonesian page.
    /// </summary>
    public static string Refusal(CommandException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (UiCultures.IsEnglish)
        {
            return error.Detail is null ? error.Title : $"{error.Title}: {error.Detail}";
        }

        return error.Title switch
        {
            "This task belongs to another office or role" => "Tugas ini milik instansi atau peran lain; Anda tidak dapat memutuskannya.",
            "The task is claimed by someone else" => "Tugas ini sedang dikerjakan petugas lain; minta petugas itu melepasnya dahulu.",
            "Only the claimant or the office head can release this task" => "Hanya petugas yang mengambil tugas atau kepala instansi yang dapat melepasnya.",
            "An outcome is required" => "Pilih keputusan terlebih dahulu.",
            "Unknown outcome" => "Keputusan itu tidak tersedia untuk tugas ini.",
            "The task form is incomplete or malformed" => "Isian tugas belum lengkap atau tidak sesuai.",
            "The task is no longer open" => "Tugas ini sudah diselesaikan atau dibatalkan.",
            "The task is no longer awaited by the route" => "Alur tidak lagi menunggu tugas ini.",
            "The application is faulted" => "Permohonan ini terhenti; administrator perlu melanjutkannya lebih dahulu.",
            "The application is not awaiting a revision" => "Permohonan ini tidak sedang menunggu perbaikan.",
            "The application is not faulted" => "Permohonan ini tidak sedang terhenti.",
            _ => error.Kind switch
            {
                CommandErrorKind.NotFound => "Data yang diminta tidak ditemukan.",
                CommandErrorKind.Forbidden => "Anda tidak berhak melakukan tindakan ini.",
                CommandErrorKind.Conflict => "Tindakan ini tidak dapat dilakukan pada keadaan berkas saat ini; muat ulang halaman.",
                _ => "Permintaan tidak dapat diproses; periksa kembali isian Anda.",
            },
        };
    }

    /// <summary>A code written out as words: <c>TidakLengkap</c> → "Tidak lengkap", <c>check-completeness</c> → "Check completeness".</summary>
    public static string Words(string code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return code;
        }

        var words = new StringBuilder(code.Length + 8);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '-' or '_' or '.')
            {
                words.Append(' ');
            }
            else if (i > 0 && char.IsUpper(c) && char.IsLower(code[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return words.ToString();
    }

    private static string Pick(string indonesian, string english) => UiCultures.IsEnglish ? english : indonesian;
}
