using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Testing.Tsa;

namespace Mpp.Workflows.Designer.Tests.Documents.Signing;

/// <summary>
/// A stand-in for BSrE's esign client service on loopback, because the real service cannot be reached from the test machine.
/// It implements the documented request the adapter sends (<c>POST /api/sign/pdf</c>, basic authentication, multipart
/// <c>file</c>, <c>nik</c>, <c>passphrase</c>, <c>tampilan</c>, …) and answers as the guide says: the signed PDF (header
/// <c>id_dokumen</c>), or JSON <c>{"error", "status_code"}</c>: 2011 for a NIK without certificate, 2031 for a wrong
/// passphrase, and a certificate that expired with a message saying so (its code is not in the material we found, so the
/// adapter reads the message). It signs with a CA and officials' certificates the test creates, through the product's own
/// local signer (<see cref="PdfSigner"/>): what comes back is a real signature <c>pdfsig</c> can check.
/// </summary>
public sealed class LocalBsreService : IAsyncDisposable
{
    public const string ClientUser = "esign-pemalang";
    public const string ClientPassword = "client-secret-for-tests";

    private readonly ConcurrentDictionary<string, Official> officials = new(StringComparer.Ordinal);
    private WebApplication? app;

    private LocalBsreService(int port)
    {
        Port = port;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=BSrE Uji Lokal CA, O=Test, C=ID", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddYears(5));
    }

    public X509Certificate2 Ca { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Signature requests that reached the service, each with the passphrase it carried (the test's own check).</summary>
    public ConcurrentQueue<(string Nik, string Passphrase, string Appearance)> Requests { get; } = new();

    public static async Task<LocalBsreService> StartAsync()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var service = new LocalBsreService(port);
        await service.ResumeAsync();
        return service;
    }

    /// <summary>Registers an official's certificate (issued by <see cref="Ca"/>) under <paramref name="nik"/>.</summary>
    public void Register(string nik, string name, string passphrase, bool expired = false)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Pemerintah Kabupaten Pemalang, C=ID", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var notAfter = expired ? DateTimeOffset.UtcNow.AddDays(-1) : DateTimeOffset.UtcNow.AddYears(2);
        using var issued = request.Create(Ca, DateTimeOffset.UtcNow.AddYears(-1), notAfter, RandomNumberGenerator.GetBytes(12));
        var certificate = X509CertificateLoader.LoadPkcs12(issued.CopyWithPrivateKey(key).Export(X509ContentType.Pkcs12), null);
        officials[nik] = new Official(certificate, passphrase);
    }

    /// <summary>Stops listening: the next request finds nothing at the address (connection refused).</summary>
    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    /// <summary>Listens again on the same port.</summary>
    public async Task ResumeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/api/sign/pdf", (Func<HttpContext, Task<IResult>>)SignAsync);
        await app.StartAsync();
    }

    private async Task<IResult> SignAsync(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientUser}:{ClientPassword}"));
        if (context.Request.Headers.Authorization.ToString() != expected)
        {
            return Results.Json(new { error = "Unauthorized", status_code = 401 }, statusCode: 401);
        }

        var form = await context.Request.ReadFormAsync();
        var nik = form["nik"].ToString();
        var passphrase = form["passphrase"].ToString();
        Requests.Enqueue((nik, passphrase, form["tampilan"].ToString()));
        if (form.Files["file"] is not { } file || string.IsNullOrEmpty(nik) || string.IsNullOrEmpty(passphrase))
        {
            return Results.Json(new { error = "Parameter tidak lengkap", status_code = 2001 }, statusCode: 400);
        }

        if (!officials.TryGetValue(nik, out var official))
        {
            return Results.Json(new { error = "User tidak terdaftar", status_code = 2011 }, statusCode: 400);
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(passphrase), Encoding.UTF8.GetBytes(official.Passphrase)))
        {
            return Results.Json(new { error = "Passphrase anda salah", status_code = 2031 }, statusCode: 400);
        }

        if (official.Certificate.NotAfter < DateTime.Now)
        {
            return Results.Json(new { error = "Sertifikat pengguna sudah kadaluarsa", status_code = 2051 }, statusCode: 400);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        // As BSrE's service does, the signature carries a timestamp (here from the loopback TSA of tests/Shared).
        var timestamps = new TimestampClient((await TestTimestampAuthority.Shared).Url);
        var signed = new PdfSigner(official.Certificate, timestamps: timestamps).Sign(
            buffer.ToArray(), new SignatureInfo(form["reason"].ToString(), form["location"].ToString(), DateTimeOffset.Now));
        context.Response.Headers["id_dokumen"] = Guid.NewGuid().ToString("N");
        return Results.File(signed, "application/pdf");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var official in officials.Values)
        {
            official.Certificate.Dispose();
        }

        Ca.Dispose();
    }

    private sealed record Official(X509Certificate2 Certificate, string Passphrase);
}
