using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A new application for the published version of <see cref="DefinitionId"/>. <see cref="Attachments"/> are the files for
/// the form's <c>File</c> inputs; they are stored in the submission's transaction and their ids become those inputs' values.
/// </summary>
public sealed record SubmitCommand(
    string DefinitionId,
    Applicant Applicant,
    JsonObject Data,
    string? IdempotencyKey,
    Actor Actor,
    IReadOnlyList<AttachmentUpload>? Attachments = null);
