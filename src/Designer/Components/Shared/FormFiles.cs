using Mpp.Workflows.Designer.Attachments;
using Mpp.Workflows.Engine.Attachments;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// The files a page form posted for the form's <c>File</c> inputs (parts named <c>data.&lt;input&gt;</c>). They are checked
/// here first so the page can word the refusal in the reader's language; the engine checks them again.
/// </summary>
internal static class FormFiles
{
    public static async Task<(List<AttachmentUpload> Uploads, Dictionary<string, string[]> Errors)> ReadAsync(
        IFormCollection form, IEnumerable<FieldDefinition> inputs, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var uploads = new List<AttachmentUpload>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var input in inputs.Where(i => i.Type == FieldType.File))
        {
            // A file input left empty still posts a part, with no file name and no bytes.
            if (form.Files.GetFile("data." + input.Name) is not { } file || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
            {
                continue;
            }

            if (file.Length > maxBytes)
            {
                errors["data." + input.Name] = [Texts.FileProblem(AttachmentProblem.TooLarge, file.Length, maxBytes)];
                continue;
            }

            var upload = await AttachmentsApi.ToUploadAsync(file, cancellationToken);
            if (AttachmentTypes.Check(upload.Content, maxBytes) is { } problem)
            {
                errors["data." + input.Name] = [Texts.FileProblem(problem, file.Length, maxBytes)];
                continue;
            }

            uploads.Add(upload);
        }

        return (uploads, errors);
    }
}
