namespace Mpp.Workflows.Engine.Model.Payloads;

/// <summary>
/// The payload of an outbox row: what the runtime asks to be done after its commit. One record per payload;
/// <see cref="OutboxPayloads"/> is the only place that turns them into stored JSON and back. The JSON of a record is its
/// properties in camelCase plus <c>schemaVersion</c> (and <c>template</c> for a mail), the shape rows had before the version
/// was written, so rows stored without <c>schemaVersion</c> read as version 1.
/// </summary>
/// <param name="OutboxKind">The row's <see cref="OutboxKinds"/> value.</param>
/// <param name="SchemaVersion">The version of this record's JSON shape; see <see cref="OutboxPayloads"/> for the versions read.</param>
public abstract record OutboxPayload([property: JsonIgnore] string OutboxKind, [property: JsonIgnore] int SchemaVersion);

/// <summary>An <see cref="OutboxKinds.IssueDocument"/> row: number, render, sign and store a document of the application.</summary>
/// <param name="DocumentKind">A <see cref="Documents.DocumentKinds"/> value (stored as <c>kind</c>).</param>
/// <param name="ActivityId">The activity that asked for it (the start activity for a receipt), for the audit trail.</param>
/// <remarks>
/// Rows written before tracking tokens were derived carried the receipt's token as <c>trackingToken</c>; it is neither read
/// nor written any more (no stored row holds a token, and the receipt does not print it).
/// </remarks>
public sealed record IssueDocumentPayload(
    [property: JsonPropertyName("kind")] string DocumentKind,
    string? ActivityId = null) : OutboxPayload(OutboxKinds.IssueDocument, Version)
{
    public const int Version = 1;
}

/// <summary>
/// An <see cref="OutboxKinds.Email"/> row. <paramref name="Template"/> (an <see cref="OutboxMailTemplates"/> value) is null for
/// a mail of an <c>Mpp.SendEmail</c> activity (<see cref="ActivityMailPayload"/>).
/// </summary>
public abstract record MailPayload([property: JsonIgnore] string? Template, int SchemaVersion) : OutboxPayload(OutboxKinds.Email, SchemaVersion)
{
    /// <summary>The kinds of document (<see cref="Documents.DocumentKinds"/>) whose latest issue in the application the mail attaches.</summary>
    public IReadOnlyList<string> AttachedKinds() => this switch
    {
        ReceiptMailPayload receipt => receipt.Attachments,
        ActivityMailPayload activity => activity.Attachments ?? [],
        _ => [],
    };
}

/// <summary>
/// The receipt mail to the applicant after submission, with the receipt attached. The tracking token it carries is derived
/// when the mail is made (<see cref="TrackingTokenIssuer"/>), so the row does not hold it. Version 1 rows held it as
/// <c>trackingToken</c>, which is ignored (the upgrade to version 2 removes it from stored rows).
/// </summary>
public sealed record ReceiptMailPayload(string? ActivityId = null)
    : MailPayload(OutboxMailTemplates.Receipt, Version)
{
    public const int Version = 2;

    // Documents.DocumentKinds.Receipt, spelled out: the payloads depend on the shared model only.
    private static readonly IReadOnlyList<string> ReceiptOnly = ["Receipt"];

    /// <summary>Always the receipt; written so the stored shape stays what it was (<c>attachments: ["Receipt"]</c>).</summary>
    public IReadOnlyList<string> Attachments => ReceiptOnly;
}

/// <summary>The mail to the applicant when the file is returned for revision; <paramref name="Reasons"/> one per line.</summary>
public sealed record RevisionRequestMailPayload(string? ActivityId = null, string? Reasons = null)
    : MailPayload(OutboxMailTemplates.ReturnedForRevision, Version)
{
    public const int Version = 1;
}

/// <summary>A reminder to a staff member about an open task of the row's application (<paramref name="DueAt"/> null: no due date).</summary>
public sealed record ReminderMailPayload(string To, string? StaffName = null, string? TaskTitle = null, DateTimeOffset? DueAt = null, bool IsOverdue = false)
    : MailPayload(OutboxMailTemplates.Reminder, Version)
{
    public const int Version = 1;
}

/// <summary>The notice to the head of the authority that the statutory deadline of the row's application passed (under <c>Notify</c>).</summary>
public sealed record StatutoryDeadlineMailPayload(string To, string? StaffName = null, DateTimeOffset? DueAt = null, int Days = 0)
    : MailPayload(OutboxMailTemplates.StatutoryDeadline, Version)
{
    public const int Version = 1;
}

/// <summary>
/// The reminder to a permit's holder (the applicant of the row's application) that the permit <paramref name="DocumentId"/>
/// ends soon, with the link to its renewal; queued once per permit by the expiry reminder job.
/// </summary>
public sealed record PermitExpiryMailPayload(Guid DocumentId) : MailPayload(OutboxMailTemplates.PermitExpiry, Version)
{
    public const int Version = 1;
}

/// <summary>
/// The mail of an <c>Mpp.SendEmail</c> activity, stored without a template: to <paramref name="To"/> or else the applicant;
/// with a <paramref name="Body"/> it is that text, otherwise the permit mail when it attaches a permit, the refusal mail when
/// it attaches a rejection, or a plain notice.
/// </summary>
public sealed record ActivityMailPayload(
    string? ActivityId = null,
    string? To = null,
    string? Subject = null,
    string? Body = null,
    IReadOnlyList<string>? Attachments = null) : MailPayload(null, Version)
{
    public const int Version = 1;

    /// <summary>Equal when every field is, the attachments compared item by item.</summary>
    public bool Equals(ActivityMailPayload? other) =>
        other is not null && base.Equals(other) && ActivityId == other.ActivityId && To == other.To && Subject == other.Subject
        && Body == other.Body && (Attachments ?? []).SequenceEqual(other.Attachments ?? []);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), ActivityId, To, Subject, Body, Attachments?.Count ?? 0);
}
