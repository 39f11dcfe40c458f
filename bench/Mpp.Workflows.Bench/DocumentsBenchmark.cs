using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Testing;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Mpp.Workflows.Bench;

/// <summary>
/// <c>documents --count 500</c>: the median time to render and sign one SIP permit (target ≤ 15 ms), and mails per second
/// with that permit attached to an SMTP server on loopback, in batches over one connection against one connection per mail.
/// </summary>
internal static class DocumentsBenchmark
{
    private const int Warmup = 20;
    private const int BatchSize = 50;

    public static async Task RunAsync(BenchOptions options)
    {
        var data = Directory.CreateTempSubdirectory("mpp-bench-docs-").FullName;
        try
        {
            var letterhead = new Letterhead();
            var renderer = new PdfDocumentRenderer(letterhead);
            using var certificate = DevelopmentCertificate.EnsureCreated(data, letterhead);
            var signer = new PdfSigner(certificate);
            var template = PermitTemplate.Load(Path.Combine(RepoPaths.Workflows, "templates", "sip-dokter.json"));
            var application = new JsonObject
            {
                ["namaLengkap"] = "dr. Sari Wulandari", ["nik"] = "3327015505900001", ["profesi"] = "Dokter", ["nomorStr"] = "STR-1234567",
                ["tempatPraktik"] = "Klinik Sehat Pemalang", ["alamatPraktik"] = "Jl. Jenderal Sudirman 10, Pemalang",
            };
            var signatory = new Signatory("Dr. Hj. Siti Rahmawati, S.H., M.Si.", "Kepala DPMPTSP", "Bupati Pemalang");
            byte[] Issue(int i)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"503/{i:D4}/SIP/DPMPTSP/2026");
                var issue = new PermitIssue(number, "503-SIP-2026-000123", "Surat Izin Praktik Dokter", new DateOnly(2026, 11, 27), "Pemalang",
                    signatory, "http://localhost:5080/verify/" + number);
                var pdf = renderer.RenderPermit(template.CreateContent(issue, application));
                return signer.Sign(pdf, new SignatureInfo("Penerbitan izin", "Pemalang", DateTimeOffset.Now));
            }

            for (var i = 0; i < Warmup; i++)
            {
                Issue(i);
            }

            var times = new double[options.Count];
            byte[] permit = [];
            for (var i = 0; i < options.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                permit = Issue(i);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"render + sign one SIP permit: median {times[times.Length / 2]:F2} ms, p95 {times[(int)(times.Length * 0.95)]:F2} ms " +
                $"over {options.Count} ({permit.Length / 1024.0:F0} KiB each); median / 15 ms target = {times[times.Length / 2] / 15:F2}"));

            await using var relay = await CountingRelay.StartAsync().ConfigureAwait(false);
            var mailOptions = new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = relay.Port, Security = SmtpSecurity.None } };
            var transport = new SmtpMailTransport(mailOptions);
            var mails = Enumerable.Range(0, options.Count).Select(i => OutgoingMail.Create(
                Guid.NewGuid(), DateTimeOffset.Now, new MailRecipient("sari@example.org", "dr. Sari Wulandari"),
                new MailContent("Izin Anda telah terbit", "Izin terlampir.", "<p>Izin terlampir.</p>"),
                new MailAttachment("izin.pdf", "application/pdf", permit))).ToList();

            var batched = await SendAsync(transport, mails, BatchSize).ConfigureAwait(false);
            var single = await SendAsync(transport, mails, 1).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mails with the permit attached to loopback SMTP: {batched:F0}/s in batches of {BatchSize} over one connection, " +
                $"{single:F0}/s with one connection per mail ({batched / single:F1}x); relay received {relay.Received}"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<double> SendAsync(SmtpMailTransport transport, IReadOnlyList<OutgoingMail> mails, int batchSize)
    {
        var failures = 0;
        var watch = Stopwatch.StartNew();
        foreach (var batch in mails.Chunk(batchSize))
        {
            await transport.SendBatchAsync(batch, (_, error) =>
            {
                failures += error is null ? 0 : 1;
                return Task.CompletedTask;
            }, CancellationToken.None).ConfigureAwait(false);
        }

        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} mails failed to reach the loopback relay.");
        }

        return mails.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>An SMTP server on loopback that accepts and counts every message.</summary>
    private sealed class CountingRelay : MessageStore, IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private SmtpServer.SmtpServer? server;
        private Task running = Task.CompletedTask;
        private int received;

        public int Port { get; private init; }

        public int Received => Volatile.Read(ref received);

        public static async Task<CountingRelay> StartAsync()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var relay = new CountingRelay { Port = port };
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var listeners = new SmtpServer.Net.EndpointListenerFactory();
            listeners.EndpointStarted += (_, _) => started.TrySetResult();
            var services = new SmtpServiceProvider();
            services.Add(listeners);
            services.Add(relay);
            relay.server = new SmtpServer.SmtpServer(
                new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(),
                services);
            relay.running = relay.server.StartAsync(relay.stop.Token);
            await started.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            return relay;
        }

        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref received);
            return Task.FromResult(SmtpResponse.Ok);
        }

        public async ValueTask DisposeAsync()
        {
            server?.Shutdown();
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // How the listener loop ends.
            }

            stop.Dispose();
        }
    }
}
