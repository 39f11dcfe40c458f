using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mpp.Workflows.Testing.Revocation;

/// <summary>
/// The tests' certificate authority with revocation services on loopback: a test root that issues signing certificates
/// naming a CRL distribution point and an OCSP responder (authority information access) on 127.0.0.1, and an HTTP listener
/// that serves the root's CRL (made by .NET's <see cref="CertificateRevocationListBuilder"/>, signed by the root) at
/// <see cref="CrlUrl"/> and hands every OCSP request posted to <see cref="OcspUrl"/> to Debian's <c>openssl ocsp</c>
/// (package openssl) with an index of the certificates issued, the root signing the answers. Nothing in the answers is made
/// by hand.
/// </summary>
public sealed class TestRevocationAuthority : IAsyncDisposable
{
    private static readonly TimeSpan OpensslTimeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim openssl = new(1, 1);
    private readonly Lock index = new();
    private readonly HttpListener listener;
    private readonly string directory;
    private readonly RSA rootKey;
    private readonly Task serving;
    private int crlsServed;
    private int ocspAnswered;

    private TestRevocationAuthority(HttpListener listener, Uri baseUrl, string directory, RSA rootKey, X509Certificate2 root, byte[] crl)
    {
        this.listener = listener;
        this.directory = directory;
        this.rootKey = rootKey;
        Root = root;
        CrlUrl = new Uri(baseUrl, "crl/root.crl");
        OcspUrl = new Uri(baseUrl, "ocsp/");
        Crl = crl;
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The test root (no private key), which issued every certificate of <see cref="Issue"/>.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The root's CRL, DER, exactly as served at <see cref="CrlUrl"/>.</summary>
    public byte[] Crl { get; }

    public Uri CrlUrl { get; }

    public Uri OcspUrl { get; }

    /// <summary>PEM file of the root (for <c>openssl ... -CAfile</c>).</summary>
    public string RootCertificatePath => Path.Combine(directory, "root.pem");

    /// <summary>CRLs served so far.</summary>
    public int CrlsServed => Volatile.Read(ref crlsServed);

    /// <summary>OCSP answers openssl made so far.</summary>
    public int OcspAnswered => Volatile.Read(ref ocspAnswered);

    public static async Task<TestRevocationAuthority> StartAsync()
    {
        ExternalTool.Locate("openssl", "openssl");
        var directory = Directory.CreateTempSubdirectory("mpp-revocation-").FullName;
        var now = DateTimeOffset.UtcNow;
        var rootKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=Mpp Test Signing Root, O=Mpp.Workflows tests", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
        var crl = new CertificateRevocationListBuilder().Build(root, 1, now.AddDays(7), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, now.AddMinutes(-5));
        await File.WriteAllTextAsync(Path.Combine(directory, "root.pem"), root.ExportCertificatePem() + "\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "root.key"), rootKey.ExportPkcs8PrivateKeyPem() + "\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "index.txt"), "");
        for (var attempt = 1; ; attempt++)
        {
            var url = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return new TestRevocationAuthority(listener, url, directory, rootKey, X509CertificateLoader.LoadCertificate(root.RawData), crl);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>
    /// A signing certificate (with its private key) issued by <see cref="Root"/>, naming <paramref name="crl"/> as its CRL
    /// distribution point and <paramref name="ocsp"/> as its OCSP responder (each left out when null), and entered as valid
    /// in the OCSP index.
    /// </summary>
    public X509Certificate2 Issue(string commonName, Uri? crl, Uri? ocsp)
    {
        var now = DateTimeOffset.UtcNow;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O=Mpp.Workflows tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Root, true, false));
        if (crl is not null)
        {
            request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crl.ToString()]));
        }

        if (ocsp is not null)
        {
            request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension([ocsp.ToString()], null));
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7f;
        serial[0] |= 0x10;
        var generator = X509SignatureGenerator.CreateForRSA(rootKey, RSASignaturePadding.Pkcs1);
        using var issued = request.Create(Root.SubjectName, generator, now.AddDays(-1), now.AddYears(1), serial);
        lock (index)
        {
            File.AppendAllText(
                Path.Combine(directory, "index.txt"),
                $"V\t{issued.NotAfter.ToUniversalTime():yyMMddHHmmss}Z\t\t{issued.SerialNumber}\tunknown\t/CN={commonName}\n");
        }

        return issued.CopyWithPrivateKey(key);
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone: after Stop has released the port, Close removes the prefixes again, and the managed listener binds the
        // port anew to do it, failing with "address already in use" when another test's server has taken it meanwhile.
        listener.Close();
        await serving;
        openssl.Dispose();
        rootKey.Dispose();
        Root.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "GET" && path == CrlUrl.AbsolutePath)
            {
                Interlocked.Increment(ref crlsServed);
                await WriteAsync(response, "application/pkix-crl", Crl);
            }
            else if (context.Request.HttpMethod == "POST" && path == OcspUrl.AbsolutePath && context.Request.ContentType == "application/ocsp-request")
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                var answer = await OcspAsync(body.ToArray());
                Interlocked.Increment(ref ocspAnswered);
                await WriteAsync(response, "application/ocsp-response", answer);
            }
            else
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
            }
        }
        catch (Exception exception)
        {
            response.StatusCode = (int)HttpStatusCode.InternalServerError;
            Console.Error.WriteLine($"Test revocation authority failed: {exception}");
        }
        finally
        {
            response.Close();
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string contentType, byte[] body)
    {
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    /// <summary>Runs <c>openssl ocsp</c> as a one-shot responder on the request, the root signing, the index telling status.</summary>
    private async Task<byte[]> OcspAsync(byte[] request)
    {
        var name = Guid.NewGuid().ToString("N");
        var requestPath = Path.Combine(directory, name + ".req");
        var responsePath = Path.Combine(directory, name + ".resp");
        await File.WriteAllBytesAsync(requestPath, request);
        await openssl.WaitAsync();
        try
        {
            var result = await ExternalTool.RunAsync(
                "openssl",
                ["ocsp", "-index", Path.Combine(directory, "index.txt"), "-CA", RootCertificatePath, "-rsigner", RootCertificatePath,
                    "-rkey", Path.Combine(directory, "root.key"), "-reqin", requestPath, "-respout", responsePath, "-ndays", "1"],
                "openssl",
                OpensslTimeout);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"`{result.CommandLine}` exited {result.ExitCode}: {result.StandardError}");
            }

            return await File.ReadAllBytesAsync(responsePath);
        }
        finally
        {
            openssl.Release();
            File.Delete(requestPath);
            File.Delete(responsePath);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
