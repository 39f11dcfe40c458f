using System.Net;
using System.Net.Http.Headers;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Pdf.Remote;

/// <summary>
/// Signs through a remote signing service shaped like BSrE's (BSSN) "esign client service", API version 1, as its technical
/// guide (Petunjuk Teknis Penggunaan API Esign Client Service, section 5.2 "Sign PDF") and the public client libraries
/// built on it document the request:
/// <c>POST {BaseUrl}/api/sign/pdf</c>, HTTP basic authentication with the client account BSrE issues, a
/// <c>multipart/form-data</c> body with <c>file</c> (the PDF), <c>nik</c>, <c>passphrase</c>, <c>tampilan</c>
/// (<c>invisible</c> or <c>visible</c>; a visible one with <c>image=false</c>, <c>linkQR</c>, <c>page</c>, <c>xAxis</c>,
/// <c>yAxis</c>, <c>width</c>, <c>height</c>), <c>reason</c> and <c>location</c>. A signed document comes back as the PDF
/// itself (200, with its id in the <c>id_dokumen</c> header); a refusal as JSON <c>{"error": "...", "status_code": n}</c>
/// (some versions say <c>message</c>), e.g. 2031 "Passphrase anda salah" and 2011 "user tidak terdaftar". The service signs
/// with the official's certificate, PAdES with BSSN's timestamp, so this adapter adds nothing to the PDF itself.
/// </summary>
public sealed class BsreSigner : IDocumentSigner
{
    /// <summary>The documented path of "Sign PDF" under the service's address.</summary>
    public const string SignPath = "api/sign/pdf";

    private readonly HttpClient http;
    private readonly RemoteSigningOptions options;
    private readonly Uri signUrl;
    private readonly string? verificationLink;

    /// <param name="http">The client to send with (its timeout is <see cref="RemoteSigningOptions.Timeout"/>'s business here).</param>
    /// <param name="options">The service, its client account and the appearance.</param>
    /// <param name="verificationLink">What a visible stamp's QR code links to: the host's verification page.</param>
    public BsreSigner(HttpClient http, RemoteSigningOptions options, string? verificationLink = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        this.http = http;
        this.options = options;
        signUrl = new Uri(new Uri(options.BaseUrl!.TrimEnd('/') + "/"), SignPath);
        this.verificationLink = verificationLink;
    }

    public async Task<byte[]> SignAsync(byte[] pdf, SignatureInfo info, SigningCredentials? credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(info);
        if (credentials is null)
        {
            throw new SigningFailedException(SigningFailure.CredentialsMissing, "The signing service signs only with an official's NIK and passphrase.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, signUrl) { Content = Form(pdf, info, credentials) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        HttpResponseMessage response;
        byte[] body;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // No text of the request in the message: the passphrase is in its body.
            throw new SigningFailedException(SigningFailure.ServiceUnavailable, $"The signing service at {signUrl.GetLeftPart(UriPartial.Authority)} cannot be reached ({e.HttpRequestError}).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SigningFailedException(SigningFailure.ServiceUnavailable, $"The signing service did not answer within {options.Timeout.TotalSeconds:0} seconds.");
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.OK && IsPdf(body))
            {
                return body;
            }

            throw Refusal(response.StatusCode, body, credentials);
        }
    }

    private MultipartFormDataContent Form(byte[] pdf, SignatureInfo info, SigningCredentials credentials)
    {
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent
        {
            { file, "file", "dokumen.pdf" },
            { new StringContent(credentials.Nik), "nik" },
            { new StringContent(credentials.Passphrase), "passphrase" },
            { new StringContent(options.IsVisible ? "visible" : "invisible"), "tampilan" },
            { new StringContent(info.Reason), "reason" },
            { new StringContent(info.Location), "location" },
        };
        if (options.IsVisible)
        {
            form.Add(new StringContent("false"), "image");
            form.Add(new StringContent(verificationLink ?? ""), "linkQR");
            form.Add(new StringContent(Invariant(options.Page == 0 ? PdfPageCount(pdf) : options.Page)), "page");
            form.Add(new StringContent(Invariant(options.X)), "xAxis");
            form.Add(new StringContent(Invariant(options.Y)), "yAxis");
            form.Add(new StringContent(Invariant(options.Width)), "width");
            form.Add(new StringContent(Invariant(options.Height)), "height");
        }

        return form;
    }

    /// <summary>The service's refusal as a <see cref="SigningFailedException"/>: its code and message, the passphrase scrubbed.</summary>
    private static SigningFailedException Refusal(HttpStatusCode status, byte[] body, SigningCredentials credentials)
    {
        var (code, message) = ReadError(body);
        message = message.Replace(credentials.Passphrase, "***", StringComparison.Ordinal);
        var failure = Classify((int)status, code, message);
        var text = $"The signing service answered {(int)status}{(code is null ? "" : $" with code {code}")}: {message}";
        return new SigningFailedException(failure, text.Length > 500 ? text[..500] : text);
    }

    /// <summary>
    /// What a refusal means. BSrE documents the codes 2031 (wrong passphrase) and 2011 (user not registered); for a certificate
    /// that expired or was revoked the message says so ("kedaluwarsa"/"kadaluarsa"/"expired", "dicabut"/"revoked"). A server
    /// error (5xx) is the service being unavailable.
    /// </summary>
    public static SigningFailure Classify(int status, int? code, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        bool Says(params string[] words) => words.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase));
        return code switch
        {
            2031 => SigningFailure.WrongPassphrase,
            2011 => SigningFailure.CertificateNotRegistered,
            _ when Says("passphrase") => SigningFailure.WrongPassphrase,
            _ when Says("kadaluarsa", "kedaluwarsa", "kadaluwarsa", "expired") => SigningFailure.CertificateExpired,
            _ when Says("dicabut", "revoked", "revoke") => SigningFailure.CertificateRevoked,
            _ when Says("tidak terdaftar", "not registered", "tidak ditemukan") => SigningFailure.CertificateNotRegistered,
            _ when status >= 500 => SigningFailure.ServiceUnavailable,
            _ => SigningFailure.Refused,
        };
    }

    private static (int? Code, string Message) ReadError(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            int? code = root.TryGetProperty("status_code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()
                : root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()
                : null;
            return (code, message ?? "(no message)");
        }
        catch (JsonException)
        {
            return (null, "(an answer that is neither a PDF nor the documented JSON error)");
        }
    }

    private static bool IsPdf(byte[] body) => body.Length > 5 && body.AsSpan(0, 5).SequenceEqual("%PDF-"u8);

    private static int PdfPageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
