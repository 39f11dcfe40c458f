namespace Mpp.Workflows.Designer.Attachments;

/// <summary>
/// An uploaded file in <c>GET /api/applications/{id}/attachments</c>; <see cref="Current"/> is false for a file a later
/// upload for the same input replaced.
/// </summary>
internal sealed record AttachmentListItem(
    Guid Id, string Field, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, bool Current);
