namespace Mpp.Workflows.Engine.Persistence;

/// <summary>An uploaded file with its bytes, as stored in the <c>attachments</c> table.</summary>
public sealed record AttachmentRecord(AttachmentSummary Summary, byte[] Content);
