using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf.LongTerm;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Signs PDFs as PAdES with an X.509 certificate and its private key: <c>ETSI.CAdES.detached</c>, SHA-256, the CMS built
/// by <see cref="CadesSignature"/> (signing-certificate-v2, no signing-time; the time is the dictionary's /M), with a
/// visible stamp at the foot of the last page. With a <see cref="TimestampClient"/> the signature carries an RFC 3161
/// timestamp (baseline B-T), and an authority that gives none fails the signing; without one it is baseline B-B. With a
/// <see cref="RevocationFetcher"/> the signed file gets, when the chain's CRLs or OCSP answers can be fetched, a Document
/// Security Store with the chain and that revocation data, appended as an incremental update after the signature (baseline
/// B-LT); when none can be had the document keeps its level and a warning is logged. PDFsharp rewrites the whole file while
/// signing, so the signed output is a new PDF, not an incremental update of the input.
/// </summary>
public sealed class PdfSigner : IDocumentSigner
{
    private readonly X509Certificate2 certificate;
    private readonly IReadOnlyList<X509Certificate2> chain;
    private readonly TimestampClient? timestamps;
    private readonly RevocationFetcher? revocation;

    /// <param name="certificate">The signer's certificate with its private key.</param>
    /// <param name="chain">Its issuers, carried in the signature so verifiers can build the path.</param>
    /// <param name="timestamps">The timestamp authority; none for baseline B-B.</param>
    /// <param name="revocation">Fetches the chain's revocation data for the DSS (baseline B-LT); none to leave it out.</param>
    public PdfSigner(
        X509Certificate2 certificate,
        IEnumerable<X509Certificate2>? chain = null,
        TimestampClient? timestamps = null,
        RevocationFetcher? revocation = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The signing certificate '{certificate.Subject}' has no private key.", nameof(certificate));
        }

        DocumentFonts.EnsureRegistered();
        this.certificate = certificate;
        this.chain = [.. chain ?? []];
        this.timestamps = timestamps;
        this.revocation = revocation;
    }

    /// <summary>True when signatures carry a timestamp (baseline B-T).</summary>
    public bool Timestamps => timestamps is not null;

    /// <summary>
    /// Loads the certificate and key from a PKCS#12 (.pfx/.p12) file: the certificate with a private key signs, the
    /// file's other certificates (its issuers) travel in the signature.
    /// </summary>
    public static PdfSigner FromPkcs12(string path, string? password, TimestampClient? timestamps = null, RevocationFetcher? revocation = null)
    {
        var collection = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password);
        var signer = collection.FirstOrDefault(c => c.HasPrivateKey)
            ?? throw new ArgumentException($"The PKCS#12 file '{path}' holds no certificate with a private key.", nameof(path));
        return new PdfSigner(signer, collection.Where(c => !ReferenceEquals(c, signer)), timestamps, revocation);
    }

    public byte[] Sign(byte[] pdf, SignatureInfo info)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(info);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var signer = new CadesDigitalSigner(certificate, chain, timestamps);
        var options = new DigitalSignatureOptions
        {
            Reason = info.Reason,
            Location = info.Location,
            ContactInfo = info.ContactInfo ?? "",
            AppName = "Mpp.Workflows",
            PageIndex = document.PageCount - 1,
            Rectangle = PageGeometry.SignatureStamp,
            AppearanceHandler = new PadesSignatureDictionary(document, new SignatureStampAppearance(signer.CertificateName, info)),
        };
        DigitalSignatureHandler.ForDocument(document, signer, options);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return WithRevocationData(output.ToArray());
    }

    /// <summary>The signed file with a DSS appended when the fetcher found revocation data; else the file as signed.</summary>
    private byte[] WithRevocationData(byte[] signed)
    {
        if (revocation is null)
        {
            return signed;
        }

        var data = revocation.Fetch(certificate, chain);
        return data.HasRevocationData ? DssIncrementalUpdate.Append(signed, data) : signed;
    }

    /// <summary>
    /// The port's call: the office's own certificate signs, so an official's <paramref name="credentials"/> are not needed
    /// and not used (this adapter signs in <see cref="Sign"/>, synchronously).
    /// </summary>
    Task<byte[]> IDocumentSigner.SignAsync(byte[] pdf, SignatureInfo info, SigningCredentials? credentials, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Sign(pdf, info));
    }
}
