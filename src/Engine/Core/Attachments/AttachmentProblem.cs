namespace Mpp.Workflows.Engine.Attachments;

/// <summary>Why an uploaded file is refused; pages word it in the reader's language, the API in English.</summary>
public enum AttachmentProblem
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file is larger than <see cref="Runtime.EngineOptions.MaxAttachmentBytes"/>.</summary>
    TooLarge,

    /// <summary>The bytes are neither a PDF, a JPEG nor a PNG, whatever the file name says.</summary>
    UnsupportedType,

    /// <summary>The form has no file input of that name.</summary>
    UnknownField,
}
