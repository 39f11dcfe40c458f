using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>
/// Column lists and row mapping (reader → record) of every table, written once; only the encoding of instants, GUIDs and
/// role lists is asked of the dialect.
/// </summary>
public sealed class Rows
{
    public const string InstanceColumns =
        "id, registration_number, definition_id, definition_version, status, result, applicant, data, state, " +
        "tracking_token_hash, fault, revision, created_at, updated_at";

    public const string TaskColumns =
        "id, instance_id, registration_number, definition_id, activity_id, title, office, role, status, assignee, outcomes, form, " +
        "created_at, due_at, escalated_to_role, outcome, comment, completed_by, completed_at";

    public const string TimerColumns = "id, instance_id, kind, activity_id, task_id, due_at, fired_at, cancelled_at, provisional, complaint_id";

    public const string AuditColumns = "instance_id, at, actor, activity_id, event, outcome, comment, details, sequence";

    public const string OutboxColumns = "id, instance_id, kind, payload, status, attempts, created_at, next_attempt_at, last_error, lease_token";

    public const string DocumentSummaryColumns =
        "id, instance_id, source_id, kind, number, holder, sha256, issued_at, revoked_at, revoke_reason, revoked_by, " +
        "valid_from, valid_until, renewal_of";

    /// <summary><see cref="DocumentSummaryColumns"/>, then the PDF bytes and the check-code hash.</summary>
    public const string DocumentColumns = DocumentSummaryColumns + ", content, check_code_hash";

    /// <summary><see cref="DocumentSummaryColumns"/> and then the check-code hash.</summary>
    public const string VerifiableDocumentColumns = DocumentSummaryColumns + ", check_code_hash";

    public const string AttachmentSummaryColumns = "id, instance_id, field_name, file_name, content_type, size, sha256, uploaded_at";

    /// <summary><see cref="AttachmentSummaryColumns"/> and then the bytes.</summary>
    public const string AttachmentColumns = AttachmentSummaryColumns + ", content";

    public const string InstanceSummaryColumns =
        "i.id, i.registration_number, i.definition_id, i.definition_version, i.status, i.result, i.applicant_name, i.created_at, i.updated_at";

    public const string UserColumns = "username, display_name, password_hash, office, roles, active, email, security_stamp";

    public const string OfficeColumns = "code, name, time_zone, roles";

    public const string CalendarColumns = "year, document, updated_at, updated_by";

    public const string ComplaintColumns =
        "id, number, subject, instance_id, definition_id, office, escalation_office, text, contact_name, contact_email, contact_phone, " +
        "token_hash, status, filed_at, due_at, due_provisional, escalated_at, answer, answered_at, answered_by, response_days";

    public const string ComplaintEventColumns = "complaint_id, at, actor, event, comment";

    public const string ComplaintStatsColumns = "office, status, filed_at, due_at, answered_at, response_days";

    private readonly SqlDialect _dialect;

    public Rows(SqlDialect dialect)
    {
        _dialect = dialect;
        Instance = ReadInstance;
        Task = ReadTask;
        Timer = ReadTimer;
        Audit = ReadAuditEvent;
        Outbox = ReadOutbox;
        DocumentSummary = ReadDocumentSummary;
        Document = ReadDocument;
        VerifiableDocument = ReadVerifiableDocument;
        AttachmentSummary = ReadAttachmentSummary;
        Attachment = ReadAttachment;
        Complaint = ReadComplaint;
    }

    // The readers as delegates made once, so that a read allocates none.
    public Func<DbDataReader, InstanceRecord> Instance { get; }

    public Func<DbDataReader, TaskRecord> Task { get; }

    public Func<DbDataReader, TimerRecord> Timer { get; }

    public Func<DbDataReader, AuditEvent> Audit { get; }

    public Func<DbDataReader, OutboxMessage> Outbox { get; }

    public Func<DbDataReader, DocumentSummary> DocumentSummary { get; }

    public Func<DbDataReader, DocumentRecord> Document { get; }

    public Func<DbDataReader, VerifiableDocument> VerifiableDocument { get; }

    public Func<DbDataReader, AttachmentSummary> AttachmentSummary { get; }

    public Func<DbDataReader, AttachmentRecord> Attachment { get; }

    public Func<DbDataReader, ComplaintRecord> Complaint { get; }

    public static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>A calendar date: <c>date</c> on PostgreSQL, <c>yyyy-MM-dd</c> text on SQLite (both providers read it as <see cref="DateOnly"/>).</summary>
    public static DateOnly? NullableDate(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateOnly>(ordinal);

    public Guid Id(DbDataReader r, int ordinal) => _dialect.Id(r, ordinal);

    public Guid? NullableId(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : _dialect.Id(r, ordinal);

    public DateTimeOffset Instant(DbDataReader r, int ordinal) => _dialect.Instant(r, ordinal);

    public DateTimeOffset? NullableInstant(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : _dialect.Instant(r, ordinal);

    public InstanceRecord ReadInstance(DbDataReader r) => new(
        Id(r, 0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), NullableString(r, 5), r.GetString(6), r.GetString(7),
        r.GetString(8), r.GetString(9), NullableString(r, 10), r.GetInt32(11), Instant(r, 12), Instant(r, 13));

    public TaskRecord ReadTask(DbDataReader r) => new(
        Id(r, 0), Id(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
        r.GetString(8), NullableString(r, 9), r.GetString(10), r.GetString(11), Instant(r, 12), NullableInstant(r, 13),
        NullableString(r, 14), NullableString(r, 15), NullableString(r, 16), NullableString(r, 17), NullableInstant(r, 18));

    public TimerRecord ReadTimer(DbDataReader r) => new(
        Id(r, 0), NullableId(r, 1), r.GetString(2), NullableString(r, 3), NullableId(r, 4), Instant(r, 5), NullableInstant(r, 6),
        NullableInstant(r, 7))
    {
        Provisional = r.GetBoolean(8),
        ComplaintId = NullableId(r, 9),
    };

    public ComplaintRecord ReadComplaint(DbDataReader r) => new(
        Id(r, 0), r.GetString(1), r.GetString(2), NullableId(r, 3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
        NullableString(r, 8), NullableString(r, 9), NullableString(r, 10), r.GetString(11), r.GetString(12), Instant(r, 13),
        NullableInstant(r, 14), r.GetBoolean(15), NullableInstant(r, 16), NullableString(r, 17), NullableInstant(r, 18),
        NullableString(r, 19), r.IsDBNull(20) ? null : r.GetInt32(20));

    public ComplaintEvent ReadComplaintEvent(DbDataReader r) => new(Id(r, 0), Instant(r, 1), r.GetString(2), r.GetString(3), NullableString(r, 4));

    public ComplaintStatsRow ReadComplaintStats(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Instant(r, 2), NullableInstant(r, 3), NullableInstant(r, 4), r.IsDBNull(5) ? null : r.GetInt32(5));

    public AuditEvent ReadAuditEvent(DbDataReader r) => new(
        Id(r, 0), Instant(r, 1), r.GetString(2), NullableString(r, 3), r.GetString(4), NullableString(r, 5), NullableString(r, 6),
        NullableString(r, 7), r.GetInt64(8));

    public OutboxMessage ReadOutbox(DbDataReader r) => new(
        Id(r, 0), NullableId(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), Instant(r, 6), NullableInstant(r, 7),
        NullableString(r, 8), NullableId(r, 9));

    public DocumentSummary ReadDocumentSummary(DbDataReader r) => new(
        Id(r, 0), Id(r, 1), Id(r, 2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), Instant(r, 7),
        NullableInstant(r, 8), NullableString(r, 9), NullableString(r, 10), NullableDate(r, 11), NullableDate(r, 12), NullableId(r, 13));

    public DocumentRecord ReadDocument(DbDataReader r) => new(ReadDocumentSummary(r), r.GetFieldValue<byte[]>(14), NullableString(r, 15));

    public VerifiableDocument ReadVerifiableDocument(DbDataReader r) => new(ReadDocumentSummary(r), NullableString(r, 14));

    public AttachmentSummary ReadAttachmentSummary(DbDataReader r) => new(
        Id(r, 0), Id(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(6), Instant(r, 7));

    public AttachmentRecord ReadAttachment(DbDataReader r) => new(ReadAttachmentSummary(r), r.GetFieldValue<byte[]>(8));

    public InstanceSummary ReadInstanceSummary(DbDataReader r) => new(
        Id(r, 0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), NullableString(r, 5), r.GetString(6), Instant(r, 7),
        Instant(r, 8));

    public DefinitionRecord ReadDefinition(DbDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4), r.GetString(5), Instant(r, 6),
        NullableInstant(r, 7));

    public UserRecord ReadUser(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), _dialect.Roles(r, 4), r.GetBoolean(5), NullableString(r, 6), r.GetString(7));

    public OfficeRecord ReadOffice(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), _dialect.Roles(r, 3));

    public CalendarRecord ReadCalendar(DbDataReader r) => new(r.GetInt32(0), r.GetString(1), Instant(r, 2), r.GetString(3));
}
