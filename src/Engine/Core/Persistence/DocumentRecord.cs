namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// An issued document with its signed PDF: the <see cref="Summary"/> lists and verification read, the bytes whose hash is
/// <see cref="DocumentSummary.Sha256"/>, and <see cref="CheckCodeHash"/>, written at issue for permits and refusal letters
/// (see <c>DocumentCheckCode</c>) and read only by verification.
/// </summary>
public sealed record DocumentRecord(DocumentSummary Summary, byte[] Content, string? CheckCodeHash = null);
