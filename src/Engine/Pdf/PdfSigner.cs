using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Signs PDFs with an X.509 certificate and its private key (adbe.pkcs7.detached, SHA-256), with a visible stamp
/// at the foot of the last page. PDFsharp rewrites the whole file while signing, so the output is a new PDF, not
/// an incremental update of the input.
/// </summary>
public sealed class PdfSigner : IDocumentSigner
{
    private readonly X509Certificate2 certificate;

    public PdfSigner(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The signing certificate '{certificate.Subject}' has no private key.", nameof(certificate));
        }

        DocumentFonts.EnsureRegistered();
        this.certificate = certificate;
    }

    /// <summary>Loads the certificate and key from a PKCS#12 (.pfx/.p12) file.</summary>
    public static PdfSigner FromPkcs12(string path, string? password) =>
        new(X509CertificateLoader.LoadPkcs12FromFile(path, password));

    public byte[] Sign(byte[] pdf, SignatureInfo info)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(info);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var signerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var options = new DigitalSignatureOptions
        {
            Reason = info.Reason,
            Location = info.Location,
            ContactInfo = info.ContactInfo ?? "",
            AppName = "Mpp.Workflows",
            PageIndex = document.PageCount - 1,
            Rectangle = PageGeometry.SignatureStamp,
            AppearanceHandler = new SignatureStampAppearance(signerName, info),
        };
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null), options);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
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
