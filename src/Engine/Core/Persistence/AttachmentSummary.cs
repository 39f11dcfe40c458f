namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A file an applicant uploaded, without its bytes. <see cref="FieldName"/> is the form input it answers; the application's
/// data holds the id of the current file under that name, so a replaced file stays listed but is no longer current.
/// </summary>
public sealed record AttachmentSummary(
    Guid Id,
    Guid InstanceId,
    string FieldName,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt);
