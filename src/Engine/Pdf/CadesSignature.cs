using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using CmsContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using IssuerAndSerialNumber = Org.BouncyCastle.Asn1.Cms.IssuerAndSerialNumber;
using SignedData = Org.BouncyCastle.Asn1.Cms.SignedData;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// A detached CMS SignedData (SHA-256) as PAdES baseline wants it in a <c>ETSI.CAdES.detached</c> signature: the signed
/// attributes are content-type, message-digest and signing-certificate-v2 (ESS, RFC 5035), and no signing-time (the time
/// lives in the signature dictionary's <c>/M</c> and, at B-T, in the timestamp). Built in two steps so the key can be
/// anywhere: <see cref="Prepare"/> gives the <see cref="SignedAttributes"/> a key signs (locally, or by a signing
/// service), <see cref="Complete"/> wraps the signature value, and the signature timestamp token when there is one.
/// </summary>
public sealed class CadesSignature
{
    private const string RsaKeyOid = "1.2.840.113549.1.1.1";
    private const string EcKeyOid = "1.2.840.10045.2.1";

    private readonly X509CertificateStructure signer;
    private readonly IReadOnlyList<X509CertificateStructure> certificates;
    private readonly DerSet signedAttributes;

    private CadesSignature(X509CertificateStructure signer, IReadOnlyList<X509CertificateStructure> certificates, DerSet signedAttributes)
    {
        this.signer = signer;
        this.certificates = certificates;
        this.signedAttributes = signedAttributes;
        SignedAttributes = signedAttributes.GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>The DER encoding of the signed attributes: the bytes the signer's key signs with SHA-256.</summary>
    public byte[] SignedAttributes { get; }

    /// <summary>
    /// Starts a signature over content whose SHA-256 is <paramref name="contentDigest"/>, by <paramref name="signerCertificate"/>;
    /// <paramref name="chain"/> (issuers up to the root, the signer's own certificate may be among them) travels in the CMS.
    /// </summary>
    public static CadesSignature Prepare(
        ReadOnlySpan<byte> contentDigest, X509Certificate2 signerCertificate, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(signerCertificate);
        if (contentDigest.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException($"A SHA-256 digest has {SHA256.HashSizeInBytes} bytes, not {contentDigest.Length}.", nameof(contentDigest));
        }

        _ = SignatureAlgorithm(signerCertificate.GetKeyAlgorithm());
        var signer = X509CertificateStructure.GetInstance(signerCertificate.RawData);
        var certificates = new List<X509CertificateStructure> { signer };
        foreach (var certificate in chain ?? [])
        {
            if (!certificate.RawData.AsSpan().SequenceEqual(signerCertificate.RawData))
            {
                certificates.Add(X509CertificateStructure.GetInstance(certificate.RawData));
            }
        }

        // ESSCertIDv2 with the default hash (SHA-256), so its algorithm is left out as DER asks; the issuer and serial
        // tie it to exactly this certificate.
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(signer.Issuer)), signer.SerialNumber);
        var certId = new EssCertIDv2(SHA256.HashData(signerCertificate.RawData), issuerSerial);
        var attributes = new DerSet(
            new CmsAttribute(PkcsObjectIdentifiers.Pkcs9AtContentType, new DerSet(CmsObjectIdentifiers.Data)),
            new CmsAttribute(PkcsObjectIdentifiers.Pkcs9AtMessageDigest, new DerSet(new DerOctetString(contentDigest.ToArray()))),
            new CmsAttribute(PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2([certId]))));
        return new CadesSignature(signer, certificates, attributes);
    }

    /// <summary>
    /// The SHA-256 a signature timestamp (id-aa-signatureTimeStampToken) is asked for: the hash of the signature value.
    /// </summary>
    public static byte[] TimestampImprint(byte[] signatureValue)
    {
        ArgumentNullException.ThrowIfNull(signatureValue);
        return SHA256.HashData(signatureValue);
    }

    /// <summary>
    /// The DER-encoded CMS ContentInfo: <paramref name="signatureValue"/> is the signer's key's signature of
    /// <see cref="SignedAttributes"/> (RSA PKCS#1 v1.5 or ECDSA, SHA-256); <paramref name="timestampToken"/>, when given,
    /// is an RFC 3161 token over <see cref="TimestampImprint"/> and becomes the unsigned signature-timestamp attribute.
    /// </summary>
    public byte[] Complete(byte[] signatureValue, byte[]? timestampToken = null)
    {
        ArgumentNullException.ThrowIfNull(signatureValue);
        var digestAlgorithm = new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance);
        var unsigned = timestampToken is null
            ? null
            : new DerSet(new CmsAttribute(PkcsObjectIdentifiers.IdAASignatureTimeStampToken, new DerSet(Asn1Object.FromByteArray(timestampToken))));
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(signer.Issuer, signer.SerialNumber)),
            digestAlgorithm,
            signedAttributes,
            SignatureAlgorithm(signer.SubjectPublicKeyInfo.Algorithm.Algorithm.Id),
            new DerOctetString(signatureValue),
            unsigned);
        var signedData = new SignedData(
            new DerSet(digestAlgorithm),
            new CmsContentInfo(CmsObjectIdentifiers.Data, null),
            new DerSet(certificates.ToArray<Asn1Encodable>()),
            null,
            new DerSet((Asn1Encodable)signerInfo));
        return new CmsContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Signs <see cref="SignedAttributes"/> with the certificate's own private key (RSA or ECDSA).</summary>
    public byte[] SignWith(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.GetRSAPrivateKey() is { } rsa)
        {
            using (rsa)
            {
                return rsa.SignData(SignedAttributes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }
        }

        if (certificate.GetECDsaPrivateKey() is { } ecdsa)
        {
            using (ecdsa)
            {
                return ecdsa.SignData(SignedAttributes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
            }
        }

        throw new InvalidOperationException($"The certificate '{certificate.Subject}' has no RSA or ECDSA private key to sign with.");
    }

    private static AlgorithmIdentifier SignatureAlgorithm(string keyAlgorithmOid) => keyAlgorithmOid switch
    {
        RsaKeyOid => new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance),
        EcKeyOid => new AlgorithmIdentifier(X9ObjectIdentifiers.ECDsaWithSha256),
        _ => throw new NotSupportedException($"Signing keys of algorithm {keyAlgorithmOid} are not supported; use RSA or ECDSA."),
    };
}
