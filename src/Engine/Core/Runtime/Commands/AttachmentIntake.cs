using Mpp.Workflows.Engine.Attachments;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>Files uploaded with a submission or a resubmission, checked against the form's <c>File</c> inputs.</summary>
public sealed class AttachmentIntake(IOptions<EngineOptions> options)
{
    private const int MaxFileNameLength = 200;

    /// <summary>The largest file accepted for a <c>File</c> input (configuration <c>Engine:MaxAttachmentBytes</c>).</summary>
    public long MaxAttachmentBytes => options.Value.MaxAttachmentBytes;

    /// <summary>
    /// Checks the uploads against the form's <c>File</c> inputs and writes each accepted file's new id into
    /// <paramref name="data"/>. A <c>File</c> value the client typed (instead of uploading) is refused unless it is the
    /// value already stored, so data can only name files that were really received. Returns the rows to insert once the
    /// application exists; problems go to <paramref name="errors"/> under <c>data.&lt;input&gt;</c>.
    /// </summary>
    public List<AttachmentRecord> Prepare(
        WorkflowDefinition definition,
        JsonObject data,
        JsonObject? stored,
        IReadOnlyList<AttachmentUpload>? uploads,
        Guid instanceId,
        DateTimeOffset now,
        Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(errors);
        var files = definition.Inputs.Where(i => i.Type == FieldType.File).ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var (name, value) in data)
        {
            if (files.TryGetValue(name, out var input) && value is not null
                && !JsonNode.DeepEquals(value, stored?[name]) && value.ToJsonString() != "\"\"")
            {
                errors["data." + name] = [$"'{input.DisplayName}' is a file: upload it (multipart/form-data) instead of sending a value."];
            }
        }

        var records = new List<AttachmentRecord>();
        foreach (var upload in uploads ?? [])
        {
            var key = "data." + ApplicationDataValidator.Printable(upload.FieldName);
            if (!files.TryGetValue(upload.FieldName, out var input))
            {
                errors[key] = [$"The form has no file input '{ApplicationDataValidator.Printable(upload.FieldName)}'."];
                continue;
            }

            if (AttachmentTypes.Check(upload.Content, MaxAttachmentBytes) is { } problem)
            {
                errors[key] = [ProblemText(input, problem, upload.Content.LongLength)];
                continue;
            }

            var contentType = AttachmentTypes.Detect(upload.Content)!;
            var summary = new AttachmentSummary(
                Guid.NewGuid(), instanceId, input.Name, CleanFileName(upload.FileName, contentType), contentType,
                upload.Content.LongLength, DocumentHash.Sha256Hex(upload.Content), now);
            records.RemoveAll(r => r.Summary.FieldName == input.Name);
            records.Add(new AttachmentRecord(summary, upload.Content));
            data[input.Name] = summary.Id.ToString("D");
        }

        return records;
    }

    public static async Task InsertAsync(
        IStoreSession session, IEnumerable<AttachmentRecord> attachments, Guid instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(attachments);
        foreach (var attachment in attachments)
        {
            var stored = attachment with { Summary = attachment.Summary with { InstanceId = instanceId } };
            await session.InsertAttachmentAsync(stored, cancellationToken).ConfigureAwait(false);
        }
    }

    private string ProblemText(FieldDefinition input, AttachmentProblem problem, long size) => problem switch
    {
        AttachmentProblem.Empty => $"'{input.DisplayName}': the file is empty.",
        AttachmentProblem.TooLarge =>
            $"'{input.DisplayName}': the file is {AttachmentTypes.FormatSize(size)}; at most {AttachmentTypes.FormatSize(MaxAttachmentBytes)} is accepted.",
        AttachmentProblem.UnsupportedType =>
            $"'{input.DisplayName}': only PDF, JPEG or PNG files are accepted (recognised by their content, not their name).",
        _ => $"The form has no file input '{input.Name}'.",
    };

    /// <summary>
    /// The name as shown and offered on download: no folders, no control characters, bounded, and ending in the extension
    /// of the type detected from the content (<c>ktp.html</c> holding a PNG is stored as <c>ktp.png</c>), so a download
    /// never opens as something else than it is.
    /// </summary>
    private static string CleanFileName(string? fileName, string contentType)
    {
        var extension = AttachmentTypes.ExtensionOf(contentType);
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c != '"')]).Trim();
        var stem = Path.GetFileNameWithoutExtension(name).TrimEnd('.', ' ');
        if (stem.Length > MaxFileNameLength - extension.Length)
        {
            stem = stem[..(MaxFileNameLength - extension.Length)];
        }

        return (stem.Length == 0 ? "berkas" : stem) + extension;
    }
}
