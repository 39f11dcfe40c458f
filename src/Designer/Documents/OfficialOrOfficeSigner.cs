using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// The signer of <c>Signing:Mode = Remote</c>: a document signed while its official is there (with the official's
/// <see cref="SigningCredentials"/>) goes to the signing service; what the office issues by itself (receipts, refusal letters,
/// documents of automatic outcomes, all from the outbox) keeps the office's own certificate.
/// </summary>
internal sealed class OfficialOrOfficeSigner(IDocumentSigner official, IDocumentSigner office) : IDocumentSigner
{
    public Task<byte[]> SignAsync(byte[] pdf, SignatureInfo info, SigningCredentials? credentials, CancellationToken cancellationToken) =>
        credentials is null
            ? office.SignAsync(pdf, info, null, cancellationToken)
            : official.SignAsync(pdf, info, credentials, cancellationToken);
}
