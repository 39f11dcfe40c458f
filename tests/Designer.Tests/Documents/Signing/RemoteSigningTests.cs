using Mpp.Workflows.Testing.Pdf;
using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Documents.Signing;

/// <summary>
/// <c>Signing:Mode = Remote</c> through the real host and the BSrE-shaped adapter, against <see cref="LocalBsreService"/>
/// over HTTP on loopback (the real BSrE service cannot be reached from here): the head of DPMPTSP signs the SIP permit with
/// a passphrase at the "sign-permit" step. A failed signature leaves the task open with an Indonesian message and an audit
/// entry and issues nothing; the passphrase is found nowhere in the database, the data directory or the logs.
/// </summary>
public abstract partial class RemoteSigningTests
{
    private const string Nik = "3327011203750004";
    private const string RightPassphrase = "Kunci-Benar#2026";
    private const string WrongPassphrase = "Salah-Ketik#1999";

    protected abstract DesignerHost NewHost();

    /*  … health-recommendation --Rekomendasi--> sign-permit --Tandatangani--> issue-permit (signed by the official) --> mail --> end  */
    [Fact]
    public async Task WrongPassphrase_ThenServiceDown_ThenRightOne_IssuesExactlyOneVerifiablePermit_AndThePassphraseIsNowhere()
    {
        await using var bsre = await LocalBsreService.StartAsync();
        bsre.Register(Nik, "Dr. Hj. Kepala DPMPTSP", RightPassphrase);
        var logs = new CapturedLogs();
        await using var host = await StartAsync(bsre, logs);
        var app = await ToSigningStepAsync(host);
        var task = (string)(await host.OpenTaskAsync(app, "sign-permit"))["id"]!;
        using var signer = await host.ClientAsync("dpmptsp.signer");
        signer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");

        // Without a passphrase: 400 naming the field, nothing sent to the service.
        using (var missing = await CompleteAsync(signer, task, null))
        {
            var problem = await AssertProblemAsync(missing, HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]?["passphrase"]);
        }

        Assert.Empty(bsre.Requests);

        // A wrong passphrase: 400 in Indonesian, the task open, an audit entry, no permit, no number used.
        using (var wrong = await CompleteAsync(signer, task, WrongPassphrase))
        {
            var problem = await AssertProblemAsync(wrong, HttpStatusCode.BadRequest);
            Assert.Equal("Passphrase salah: izin belum ditandatangani", (string?)problem["title"]);
        }

        await AssertStillOpenWithoutPermitAsync(host, app, 1);

        // The service unreachable: 503, the task open, audited.
        await bsre.StopAsync();
        using (var down = await CompleteAsync(signer, task, RightPassphrase))
        {
            var problem = await AssertProblemAsync(down, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("tidak dapat dihubungi", (string?)problem["title"], StringComparison.Ordinal);
        }

        await AssertStillOpenWithoutPermitAsync(host, app, 2);

        // Back, with the right passphrase: exactly one permit, signed by the official's certificate, number 0001.
        await bsre.ResumeAsync();
        using (var right = await CompleteAsync(signer, task, RightPassphrase))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }

        var view = await host.GetApplicationAsync(app.Id);
        Assert.DoesNotContain(view["openTasks"]!.AsArray(), t => (string?)t!["activityId"] == "sign-permit");
        using var admin = await host.ClientAsync("admin");
        var documents = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!.Select(d => d!.AsObject()).ToList();
        var permit = Assert.Single(documents, d => (string?)d["kind"] == "Permit");
        Assert.Matches(@"^503/0001/SIP/DPMPTSP/\d{4}$", (string)permit["number"]!);
        Assert.Equal(2, bsre.Requests.Count); // the wrong passphrase and the right one; nothing reached the stopped service
        Assert.All(bsre.Requests, r => Assert.Equal((Nik, "invisible"), (r.Nik, r.Appearance)));

        var pdf = await admin.GetByteArrayAsync($"/api/documents/{(string)permit["id"]!}");
        await AssertVerifiesAsync(pdf, "Dr. Hj. Kepala DPMPTSP");

        // The outbox mails the permit issued at the decision (the row was marked sent in the same commit, so none is issued twice).
        await Poll.UntilAsync(
            async () => (await host.GetApplicationAsync(app.Id))["status"]?.ToString() == "Completed", TimeSpan.FromSeconds(60));
        var after = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!;
        Assert.Single(after, d => (string?)d!["kind"] == "Permit");

        await AssertNowhereAsync(host, logs, RightPassphrase);
        await AssertNowhereAsync(host, logs, WrongPassphrase);
    }

    [Fact]
    public async Task UnregisteredThenExpiredCertificate_LeaveTheTaskOpen_With409AndAnAuditEntry()
    {
        await using var bsre = await LocalBsreService.StartAsync();
        var logs = new CapturedLogs();
        await using var host = await StartAsync(bsre, logs);
        var app = await ToSigningStepAsync(host);
        var task = (string)(await host.OpenTaskAsync(app, "sign-permit"))["id"]!;
        using var signer = await host.ClientAsync("dpmptsp.signer");
        signer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");

        using (var unregistered = await CompleteAsync(signer, task, RightPassphrase))
        {
            var problem = await AssertProblemAsync(unregistered, HttpStatusCode.Conflict);
            Assert.Equal("Sertifikat elektronik Anda tidak terdaftar: izin belum ditandatangani", (string?)problem["title"]);
        }

        await AssertStillOpenWithoutPermitAsync(host, app, 1);

        bsre.Register(Nik, "Dr. Hj. Kepala DPMPTSP", RightPassphrase, expired: true);
        using (var expired = await CompleteAsync(signer, task, RightPassphrase))
        {
            var problem = await AssertProblemAsync(expired, HttpStatusCode.Conflict);
            Assert.Equal("Sertifikat elektronik Anda sudah kedaluwarsa: izin belum ditandatangani", (string?)problem["title"]);
        }

        await AssertStillOpenWithoutPermitAsync(host, app, 2);
        await AssertNowhereAsync(host, logs, RightPassphrase);
    }

    private async Task<DesignerHost> StartAsync(LocalBsreService bsre, CapturedLogs logs)
    {
        var host = NewHost();
        host.Settings["Signing:Mode"] = "Remote";
        host.Settings["Signing:Remote:BaseUrl"] = bsre.BaseUrl;
        host.Settings["Signing:Remote:Username"] = LocalBsreService.ClientUser;
        host.Settings["Signing:Remote:Password"] = LocalBsreService.ClientPassword;
        host.Settings["Signing:Remote:Officials:dpmptsp.signer"] = Nik;
        host.Settings["Signing:Remote:Timeout"] = "00:00:10";
        host.TestServices = logs.AddTo;
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    private static async Task<SubmittedApplication> ToSigningStepAsync(DesignerHost host)
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        return app;
    }

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient client, string taskId, string? passphrase) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Tandatangani", comment = "Disetujui", fields = new { }, passphrase });

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task AssertStillOpenWithoutPermitAsync(DesignerHost host, SubmittedApplication app, int failures)
    {
        var view = await host.GetApplicationAsync(app.Id);
        Assert.Contains(view["openTasks"]!.AsArray(), t => (string?)t!["activityId"] == "sign-permit");
        var history = view["history"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.DoesNotContain(history, e => (string?)e["event"] == "DocumentIssued" && (string?)e["outcome"] == "Permit");
        // One entry per refused signature, by the official; its details (the failure, the service's message) stay in the audit row.
        Assert.Equal(failures, history.Count(e => (string?)e["event"] == "SignatureFailed" && (string?)e["actor"] == "dpmptsp.signer"));
        using var admin = await host.ClientAsync("admin");
        var documents = (await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!;
        Assert.DoesNotContain(documents, d => (string?)d!["kind"] == "Permit");
    }

    private static async Task AssertVerifiesAsync(byte[] pdf, string official)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-remote-sign-").FullName;
        try
        {
            var path = Path.Combine(directory, "izin.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var signature = await ExternalTool.RunAsync("pdfsig", [path], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.Contains("Signature is Valid", signature.StandardOutput, StringComparison.Ordinal);
            Assert.Contains(official, signature.StandardOutput, StringComparison.Ordinal);
            // The same checks as every locally signed document: PAdES (ETSI.CAdES.detached), signing-certificate-v2, timestamp.
            await SignatureInspection.AssertBaselineTAsync(path);
            // As PdfInspection.AssertQpdfCleanAsync (Engine.Tests): PDFsharp 6.2.4 leaves out the Flate streams' Adler-32
            // trailer, which qpdf reports as its one accepted warning (exit 3); any other warning or error fails.
            var check = await ExternalTool.RunAsync("qpdf", ["--check", path], "qpdf", TimeSpan.FromSeconds(30));
            var output = check.StandardOutput + check.StandardError;
            Assert.True(check.ExitCode is 0 or 3, $"qpdf --check exited {check.ExitCode}: {output}");
            Assert.DoesNotContain("ERROR", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(output.Split('\n'), line => line.Contains("WARNING", StringComparison.Ordinal)
                && !line.Contains("input stream is complete but output may still be valid", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The passphrase is in no row of the database, no file of the data directory and no log line.</summary>
    private static async Task AssertNowhereAsync(DesignerHost host, CapturedLogs logs, string passphrase)
    {
        Assert.DoesNotContain(logs.Lines, l => l.Contains(passphrase, StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        var bytes = Encoding.UTF8.GetBytes(passphrase);
        foreach (var file in Directory.EnumerateFiles(host.DataDirectory, "*", SearchOption.AllDirectories))
        {
            byte[] content;
            try
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                content = buffer.ToArray();
            }
            catch (IOException)
            {
                continue;
            }

            Assert.True(content.AsSpan().IndexOf(bytes) < 0, $"The passphrase is in {file}.");
        }

        if (host.HostSettings.TryGetValue("ConnectionStrings:Postgres", out var connection) && connection is not null)
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand(
                "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
                + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", db))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            Assert.Contains(tables, t => t.EndsWith(".audit", StringComparison.Ordinal) || t.Contains("audit", StringComparison.Ordinal));
            foreach (var table in tables)
            {
                await using var search = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, @p) > 0", db);
                search.Parameters.AddWithValue("p", passphrase);
                Assert.True((long)(await search.ExecuteScalarAsync())! == 0, $"The passphrase is in table {table}.");
            }
        }
    }

    public sealed class OnSqlite : RemoteSigningTests
    {
        protected override DesignerHost NewHost() => new SqliteHost();
    }

    public sealed class OnPostgres : RemoteSigningTests
    {
        protected override DesignerHost NewHost() => new PostgresHost();
    }
}
