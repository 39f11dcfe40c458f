namespace Mpp.Workflows.Engine.Pdf.LongTerm;

/// <summary>
/// What a document's Document Security Store (DSS) holds for long-term validation: the DER of each certificate of the
/// signer's chain, of each CRL and of each OCSP response (a whole OCSPResponse), exactly as the servers sent them.
/// </summary>
public sealed record RevocationData(IReadOnlyList<byte[]> Certificates, IReadOnlyList<byte[]> Crls, IReadOnlyList<byte[]> OcspResponses)
{
    /// <summary>True when there is revocation data (a CRL or an OCSP response) to store.</summary>
    public bool HasRevocationData => Crls.Count > 0 || OcspResponses.Count > 0;
}
