namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Adds a PDF digital signature to a rendered document. Two adapters: the office's own PKCS#12 (the Pdf adapter's
/// <c>PdfSigner</c>, the default) and a remote signing service (BSrE's esign client service, <c>BsreSigner</c>), which signs
/// with the official's own certificate and needs the official's <see cref="SigningCredentials"/>.
/// </summary>
public interface IDocumentSigner
{
    /// <summary>
    /// Returns a new PDF carrying a signature over the whole file but the signature value. <paramref name="credentials"/> are
    /// the official's, given while the official is there (a signing decision); null for what the office issues by itself
    /// (receipts, the outbox's documents). A signer that cannot sign throws <see cref="SigningFailedException"/>.
    /// </summary>
    Task<byte[]> SignAsync(byte[] pdf, SignatureInfo info, SigningCredentials? credentials, CancellationToken cancellationToken);
}
