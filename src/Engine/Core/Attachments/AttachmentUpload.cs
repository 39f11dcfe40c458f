namespace Mpp.Workflows.Engine.Attachments;

/// <summary>A file sent with a submission or a resubmission, for the application form's <c>File</c> input <see cref="FieldName"/>.</summary>
public sealed record AttachmentUpload(string FieldName, string FileName, byte[] Content);
