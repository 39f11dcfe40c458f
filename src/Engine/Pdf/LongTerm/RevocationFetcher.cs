using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Mpp.Workflows.Engine.Pdf.LongTerm;

/// <summary>
/// Fetches the revocation data of a signer's certificate chain for PAdES baseline B-LT: for each certificate issued by
/// another one of the chain, the CRL of each http(s) CRL distribution point (HTTP GET) and the answer of each OCSP responder
/// named in its authority information access (an OCSP request with a nonce, HTTP POST, built with BouncyCastle). A CRL is
/// kept only when its issuer's key verifies it; an OCSP answer only when it is successful, its signature verifies and it
/// speaks of the certificate asked about. Nothing here throws: what cannot be had is logged as a warning and left out, so a
/// document without revocation data simply stays baseline B-T.
/// </summary>
public sealed class RevocationFetcher
{
    private const string OcspRequestMediaType = "application/ocsp-request";
    private readonly HttpClient http;
    private readonly ILogger logger;
    private int warnedNoAddresses;

    /// <param name="http">The client to fetch with; one of its own, with <paramref name="timeout"/>, when null.</param>
    /// <param name="timeout">How long one request may take (10 seconds unless told).</param>
    /// <param name="logger">Where warnings go.</param>
    public RevocationFetcher(HttpClient? http = null, TimeSpan? timeout = null, ILogger? logger = null)
    {
        this.http = http ?? new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The chain's certificates and whatever CRLs and OCSP responses could be fetched for them; <see cref="RevocationData.HasRevocationData"/>
    /// is false (and a warning logged) when none could.
    /// </summary>
    public RevocationData Fetch(X509Certificate2 signer, IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(chain);
        var parser = new X509CertificateParser();
        var certificates = new List<BcCertificate> { parser.ReadCertificate(signer.RawData) };
        certificates.AddRange(chain.Select(c => parser.ReadCertificate(c.RawData)).Where(c => !certificates.Contains(c)));
        var crls = new List<byte[]>();
        var ocsps = new List<byte[]>();
        var addresses = 0;
        foreach (var certificate in certificates)
        {
            var issuer = certificates.FirstOrDefault(c => !ReferenceEquals(c, certificate) && IssuedBy(certificate, c));
            if (issuer is null)
            {
                continue;
            }

            foreach (var url in CrlAddresses(certificate))
            {
                addresses++;
                if (FetchCrl(url, certificate, issuer) is { } crl && !crls.Any(c => c.AsSpan().SequenceEqual(crl)))
                {
                    crls.Add(crl);
                }
            }

            foreach (var url in OcspAddresses(certificate))
            {
                addresses++;
                if (FetchOcsp(url, certificate, issuer) is { } ocsp)
                {
                    ocsps.Add(ocsp);
                }
            }
        }

        var data = new RevocationData([.. certificates.Select(c => c.GetEncoded())], crls, ocsps);
        if (!data.HasRevocationData)
        {
            if (addresses > 0)
            {
                logger.LogWarning(
                    "No revocation data could be fetched for the signing certificate '{Subject}' ({Addresses} CRL/OCSP addresses tried); the document stays PAdES baseline B-T.",
                    signer.Subject, addresses);
            }
            else if (Interlocked.Exchange(ref warnedNoAddresses, 1) == 0)
            {
                logger.LogWarning(
                    "The signing certificate '{Subject}' and its chain name no CRL distribution point or OCSP responder; documents stay PAdES baseline B-T.",
                    signer.Subject);
            }
        }

        return data;
    }

    private static bool IssuedBy(BcCertificate certificate, BcCertificate issuer)
    {
        if (!certificate.IssuerDN.Equivalent(issuer.SubjectDN))
        {
            return false;
        }

        try
        {
            certificate.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception exception) when (exception is Org.BouncyCastle.Security.GeneralSecurityException or Org.BouncyCastle.Security.InvalidKeyException or CryptographicException)
        {
            return false;
        }
    }

    private static IEnumerable<Uri> CrlAddresses(BcCertificate certificate)
    {
        var extension = certificate.GetExtensionValue(X509Extensions.CrlDistributionPoints);
        if (extension is null)
        {
            return [];
        }

        var points = CrlDistPoint.GetInstance(Asn1Object.FromByteArray(extension.GetOctets())).GetDistributionPoints();
        return HttpAddresses(points
            .Select(p => p.DistributionPointName)
            .Where(n => n is not null && n.Type == DistributionPointName.FullName)
            .SelectMany(n => GeneralNames.GetInstance(n.Name).GetNames()));
    }

    private static IEnumerable<Uri> OcspAddresses(BcCertificate certificate)
    {
        var extension = certificate.GetExtensionValue(X509Extensions.AuthorityInfoAccess);
        if (extension is null)
        {
            return [];
        }

        var access = AuthorityInformationAccess.GetInstance(Asn1Object.FromByteArray(extension.GetOctets())).GetAccessDescriptions();
        return HttpAddresses(access.Where(a => a.AccessMethod.Equals(AccessDescription.IdADOcsp)).Select(a => a.AccessLocation));
    }

    private static IEnumerable<Uri> HttpAddresses(IEnumerable<GeneralName> names) =>
        names
            .Where(n => n.TagNo == GeneralName.UniformResourceIdentifier)
            .Select(n => Uri.TryCreate(DerIA5String.GetInstance(n.Name).GetString(), UriKind.Absolute, out var url) ? url : null)
            .OfType<Uri>()
            .Where(u => u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            .Distinct();

    private byte[]? FetchCrl(Uri url, BcCertificate certificate, BcCertificate issuer)
    {
        var body = Send(new HttpRequestMessage(HttpMethod.Get, url), "CRL", url);
        if (body is null)
        {
            return null;
        }

        try
        {
            var crl = new X509CrlParser().ReadCrl(body)
                ?? throw new IOException("the answer holds no CRL");
            crl.Verify(issuer.GetPublicKey());
            if (crl.IsRevoked(certificate))
            {
                logger.LogWarning("The CRL at {Url} lists the certificate '{Subject}' as revoked.", url, certificate.SubjectDN);
            }

            return body;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning("The CRL at {Url} is not usable: {Reason}", url, exception.Message);
            return null;
        }
    }

    private byte[]? FetchOcsp(Uri url, BcCertificate certificate, BcCertificate issuer)
    {
        var id = new CertificateID(CertificateID.DigestSha1, issuer, certificate.SerialNumber);
        var nonce = new DerOctetString(RandomNumberGenerator.GetBytes(16));
        var generator = new OcspReqGenerator();
        generator.AddRequest(id);
        generator.SetRequestExtensions(new X509Extensions(
            new Dictionary<DerObjectIdentifier, Org.BouncyCastle.Asn1.X509.X509Extension> { [OcspObjectIdentifiers.PkixOcspNonce] = new(false, new DerOctetString(nonce)) }));
        var content = new ByteArrayContent(generator.Generate().GetEncoded());
        content.Headers.ContentType = new MediaTypeHeaderValue(OcspRequestMediaType);
        var body = Send(new HttpRequestMessage(HttpMethod.Post, url) { Content = content }, "OCSP", url);
        if (body is null)
        {
            return null;
        }

        try
        {
            var response = new OcspResp(body);
            if (response.Status != OcspRespStatus.Successful || response.GetResponseObject() is not BasicOcspResp basic)
            {
                throw new IOException($"status {response.Status}");
            }

            var responder = basic.GetCerts().FirstOrDefault(c => basic.Verify(c.GetPublicKey())) is { } delegated
                ? delegated
                : basic.Verify(issuer.GetPublicKey()) ? issuer : throw new IOException("its signature verifies with no certificate it carries nor the issuer's");
            if (!ReferenceEquals(responder, issuer) && !IssuedBy(responder, issuer))
            {
                throw new IOException("it is signed by a responder the issuer did not certify");
            }

            var echoed = basic.GetExtensionValue(OcspObjectIdentifiers.PkixOcspNonce);
            if (echoed is not null && !Asn1Object.FromByteArray(echoed.GetOctets()).Equals(nonce))
            {
                throw new IOException("its nonce is not the request's");
            }

            if (!basic.Responses.Any(r => r.GetCertID().Equals(id)))
            {
                throw new IOException("it does not speak of the certificate asked about");
            }

            return body;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning("The OCSP answer of {Url} is not usable: {Reason}", url, exception.Message);
            return null;
        }
    }

    private byte[]? Send(HttpRequestMessage message, string what, Uri url)
    {
        using (message)
        {
            try
            {
                // IDocumentSigner signs synchronously, so these requests are synchronous too (as the timestamp's).
                using var response = http.Send(message);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("The {What} server {Url} answered HTTP {Status}.", what, url, (int)response.StatusCode);
                    return null;
                }

                using var body = response.Content.ReadAsStream();
                using var buffer = new MemoryStream();
                body.CopyTo(buffer);
                return buffer.ToArray();
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                logger.LogWarning("The {What} server {Url} could not be reached: {Reason}", what, url, exception.Message);
                return null;
            }
        }
    }
}
