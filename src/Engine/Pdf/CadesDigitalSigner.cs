using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// PDFsharp's signing seam: hashes the byte ranges PDFsharp hands over, builds the <see cref="CadesSignature"/>, signs it with
/// the certificate's key and, with a <see cref="TimestampClient"/>, adds the signature timestamp (PAdES B-T).
/// </summary>
internal sealed class CadesDigitalSigner(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain, TimestampClient? timestamps)
    : IDigitalSigner
{
    /// <summary>
    /// Room for the CMS in /Contents: the signature and certificates take a few kilobytes, a timestamp token with its
    /// authority's certificates a few more. Unused room is zero padding.
    /// </summary>
    private const int BaseSize = 8192;
    private const int TimestampSize = 12288;

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public Task<int> GetSignatureSizeAsync() =>
        Task.FromResult(BaseSize + chain.Sum(c => c.RawData.Length) + (timestamps is null ? 0 : TimestampSize));

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        // PDFsharp's RangedStream reads the signed ranges from their start only when asked for all of them in one call
        // (otherwise it reads on from wherever the writer left the file), so read them so.
        var signedBytes = new byte[stream.Length];
        if (stream.Read(signedBytes, 0, signedBytes.Length) != signedBytes.Length)
        {
            throw new InvalidOperationException("PDFsharp handed over fewer signed bytes than its byte ranges cover.");
        }

        var digest = SHA256.HashData(signedBytes);
        var cades = CadesSignature.Prepare(digest, certificate, chain);
        var value = cades.SignWith(certificate);
        return Task.FromResult(cades.Complete(value, timestamps?.Timestamp(value)));
    }
}
