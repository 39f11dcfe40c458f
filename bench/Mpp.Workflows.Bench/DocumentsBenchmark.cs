using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Testing;

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

            await using var relay = new LoopbackSmtpSink();
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
}
