using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mpp.Workflows.Testing.Tsa;

/// <summary>
/// The tests' RFC 3161 timestamp authority: an HTTP listener on 127.0.0.1 and a free port that hands every timestamp query
/// to Debian's <c>openssl ts -reply</c> (package openssl) with a TSA certificate made for the test (issued by a test root,
/// extendedKeyUsage timeStamping, critical) and returns openssl's reply as <c>application/timestamp-reply</c>. Nothing in
/// the token is made by hand. <see cref="Available"/> false answers 503, to play an outage. <see cref="Shared"/> is one
/// authority for the whole test run, for hosts that simply need one.
/// </summary>
public sealed class TestTimestampAuthority : IAsyncDisposable
{
    public const string Policy = "1.3.6.1.4.1.99999.14.1";
    private const string TimeStampingOid = "1.3.6.1.5.5.7.3.8";
    private static readonly TimeSpan OpensslTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<Task<TestTimestampAuthority>> SharedAuthority = new(() => Task.Run(StartAsync));

    private readonly SemaphoreSlim openssl = new(1, 1);
    private readonly HttpListener listener;
    private readonly string directory;
    private readonly Task serving;
    private int granted;
    private int refused;

    private TestTimestampAuthority(HttpListener listener, Uri url, string directory)
    {
        this.listener = listener;
        this.directory = directory;
        Url = url;
        serving = Task.Run(ServeAsync);
    }

    /// <summary>Where to post timestamp queries.</summary>
    public Uri Url { get; }

    /// <summary>PEM file of the test root that issued the TSA certificate (for <c>openssl ts -verify -CAfile</c>).</summary>
    public string RootCertificatePath => Path.Combine(directory, "root.pem");

    /// <summary>PEM file of the TSA's own certificate.</summary>
    public string CertificatePath => Path.Combine(directory, "tsa.pem");

    /// <summary>False: every query is answered 503 Service Unavailable.</summary>
    public bool Available { get; set; } = true;

    /// <summary>Replies openssl made (granted or not) so far.</summary>
    public int Granted => Volatile.Read(ref granted);

    /// <summary>Queries answered 503 while not <see cref="Available"/>.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>One authority for the whole test run, started on first use; never stopped before the process ends.</summary>
    public static Task<TestTimestampAuthority> Shared => SharedAuthority.Value;

    /// <summary>Makes the test root and TSA certificate, writes openssl's configuration and starts listening.</summary>
    public static async Task<TestTimestampAuthority> StartAsync()
    {
        ExternalTool.Locate("openssl", "openssl");
        var directory = Directory.CreateTempSubdirectory("mpp-tsa-").FullName;
        WriteCertificates(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "serial"), "01\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "tsa.cnf"), Configuration(directory));
        for (var attempt = 1; ; attempt++)
        {
            var url = new Uri($"http://127.0.0.1:{FreePort()}/tsa/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return new TestTimestampAuthority(listener, url, directory);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // The free port was taken between looking and listening: take another.
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone: after Stop has released the port, Close removes the prefixes again, and the managed listener binds the
        // port anew to do it, failing with "address already in use" when another test's server has taken it meanwhile.
        listener.Close();
        await serving;
        openssl.Dispose();
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
            if (!Available)
            {
                Interlocked.Increment(ref refused);
                response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                return;
            }

            if (context.Request.HttpMethod != "POST" || context.Request.ContentType != "application/timestamp-query")
            {
                response.StatusCode = (int)HttpStatusCode.BadRequest;
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var reply = await ReplyAsync(body.ToArray());
            Interlocked.Increment(ref granted);
            response.ContentType = "application/timestamp-reply";
            response.ContentLength64 = reply.Length;
            await response.OutputStream.WriteAsync(reply);
        }
        catch (Exception exception)
        {
            response.StatusCode = (int)HttpStatusCode.InternalServerError;
            Console.Error.WriteLine($"Test TSA failed: {exception}");
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>Runs <c>openssl ts -reply</c> on the query; one at a time, as openssl updates its serial file.</summary>
    private async Task<byte[]> ReplyAsync(byte[] query)
    {
        var name = Guid.NewGuid().ToString("N");
        var queryPath = Path.Combine(directory, name + ".tsq");
        var replyPath = Path.Combine(directory, name + ".tsr");
        await File.WriteAllBytesAsync(queryPath, query);
        await openssl.WaitAsync();
        try
        {
            var result = await ExternalTool.RunAsync(
                "openssl",
                ["ts", "-reply", "-config", Path.Combine(directory, "tsa.cnf"), "-queryfile", queryPath, "-out", replyPath],
                "openssl",
                OpensslTimeout);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"`{result.CommandLine}` exited {result.ExitCode}: {result.StandardError}");
            }

            return await File.ReadAllBytesAsync(replyPath);
        }
        finally
        {
            openssl.Release();
            File.Delete(queryPath);
            File.Delete(replyPath);
        }
    }

    private static void WriteCertificates(string directory)
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=Mpp Test Root CA, O=Mpp.Workflows tests", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        using var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));

        using var tsaKey = RSA.Create(2048);
        var tsaRequest = new CertificateRequest("CN=Mpp Test TSA, O=Mpp.Workflows tests", tsaKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        tsaRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        tsaRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        tsaRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TimeStampingOid)], critical: true));
        tsaRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(tsaRequest.PublicKey, false));
        tsaRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        using var tsa = tsaRequest.Create(root, now.AddDays(-1), now.AddYears(2), RandomNumberGenerator.GetBytes(12));

        File.WriteAllText(Path.Combine(directory, "root.pem"), root.ExportCertificatePem() + "\n");
        File.WriteAllText(Path.Combine(directory, "tsa.pem"), tsa.ExportCertificatePem() + "\n");
        File.WriteAllText(Path.Combine(directory, "tsa.key"), tsaKey.ExportPkcs8PrivateKeyPem() + "\n");
    }

    private static string Configuration(string directory) => $"""
        [ tsa ]
        default_tsa = tsa_config

        [ tsa_config ]
        dir = {directory}
        serial = $dir/serial
        crypto_device = builtin
        signer_cert = $dir/tsa.pem
        certs = $dir/root.pem
        signer_key = $dir/tsa.key
        signer_digest = sha256
        default_policy = {Policy}
        digests = sha256, sha384, sha512
        accuracy = secs:1
        ordering = yes
        tsa_name = yes
        ess_cert_id_chain = no
        ess_cert_id_alg = sha256
        """;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
