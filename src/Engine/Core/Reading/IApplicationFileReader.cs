
namespace Mpp.Workflows.Engine.Reading;

/// <summary>
/// An application's issued documents and uploaded files: the lists on the staff and tracking pages, and the bytes for
/// downloads. Callers check that the file belongs to the application and that the reader may see it.
/// </summary>
public interface IApplicationFileReader
{
    /// <summary>An application's documents in order of issue, without their bytes.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>A document with its PDF; null when unknown.</summary>
    Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>An application's uploaded files in order of upload, without their bytes.</summary>
    Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>An uploaded file with its bytes; null when unknown.</summary>
    Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken);
}
