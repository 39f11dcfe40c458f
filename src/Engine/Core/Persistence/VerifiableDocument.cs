namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A permit or refusal letter as public verification reads it: the document and the hash of its check code (null for
/// documents issued before check codes existed).
/// </summary>
public sealed record VerifiableDocument(DocumentSummary Document, string? CheckCodeHash);
