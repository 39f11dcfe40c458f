using System.Net.Http.Headers;
using System.Security.Cryptography;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.X509;

namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// Asks an RFC 3161 timestamp authority (TSA) over HTTP for a token over a signature value (SHA-256, with a nonce, asking
/// for the TSA's certificate) and checks the answer: granted, the same imprint and nonce, signed by a certificate in the
/// token whose extended key usage is timeStamping only. Any failure is a <see cref="TimestampUnavailableException"/>,
/// so no document is issued without the timestamp the office configured.
/// </summary>
public sealed class TimestampClient
{
    private const string QueryMediaType = "application/timestamp-query";
    private readonly HttpClient http;

    /// <param name="url">The TSA's HTTP(S) address.</param>
    /// <param name="http">The client to post with; one of its own, with <paramref name="timeout"/>, when null.</param>
    /// <param name="timeout">How long a request may take (30 seconds unless told).</param>
    public TimestampClient(Uri url, HttpClient? http = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
        this.http = http ?? new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    public Uri Url { get; }

    /// <summary>The DER-encoded timestamp token (a CMS ContentInfo) over the SHA-256 of <paramref name="signatureValue"/>.</summary>
    public byte[] Timestamp(byte[] signatureValue)
    {
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(true);
        var nonce = new BigInteger(1, RandomNumberGenerator.GetBytes(16));
        var request = generator.Generate(TspAlgorithms.Sha256, CadesSignature.TimestampImprint(signatureValue), nonce);
        var reply = Post(request.GetEncoded());
        TimeStampResponse response;
        try
        {
            response = new TimeStampResponse(reply);
        }
        catch (Exception exception) when (exception is TspException or IOException or ArgumentException or InvalidCastException)
        {
            throw TimestampUnavailableException.For(Url, "its answer is not an RFC 3161 timestamp response", exception);
        }

        if (response.TimeStampToken is null)
        {
            throw TimestampUnavailableException.For(
                Url, $"it refused the request (status {response.Status}: {response.GetStatusString() ?? "no reason given"}, failure {response.GetFailInfo()?.IntValue ?? 0})");
        }

        try
        {
            response.Validate(request);
            var token = response.TimeStampToken;
            var tsaCertificate = token.GetCertificates().EnumerateMatches(token.SignerID).FirstOrDefault()
                ?? throw new TspValidationException("the token does not carry the certificate of the authority that signed it");
            token.Validate(tsaCertificate);
            return token.GetEncoded();
        }
        catch (TspException exception)
        {
            throw TimestampUnavailableException.For(Url, "its token does not match the request: " + exception.Message, exception);
        }
    }

    private byte[] Post(byte[] query)
    {
        using var content = new ByteArrayContent(query);
        content.Headers.ContentType = new MediaTypeHeaderValue(QueryMediaType);
        using var message = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        try
        {
            // IDocumentSigner signs synchronously, so the request is synchronous too (HTTP/1.1, supported by HttpClient.Send).
            using var response = http.Send(message);
            if (!response.IsSuccessStatusCode)
            {
                throw TimestampUnavailableException.For(Url, $"it answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            using var body = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            body.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            throw TimestampUnavailableException.For(Url, "it could not be reached: " + exception.Message, exception);
        }
    }
}
