using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Pdf;

namespace Mpp.Workflows.Designer.Tests.Standards;

/// <summary>
/// The service standards generated from the published routes through the real host: the JSON by route id or service code,
/// the signed PDF read back by pdfsig, qpdf and pdftotext, 404 for what was never published, and a newly published version
/// that republishes the standard while the old one stays readable.
/// </summary>
public abstract partial class ServiceStandardTests(DesignerHost host)
{
    [Fact]
    public async Task Json_ByRouteIdOrServiceCode_ListsTheMainPathStepsWithOfficesAndAddsUpTheirDays()
    {
        using var client = host.CreateClient();

        var byId = await client.GetFromJsonAsync<JsonObject>("/api/standards/sip-dokter");
        var byCode = await client.GetFromJsonAsync<JsonObject>("/api/standards/sip");

        Assert.Equal(byId!.ToJsonString(), byCode!.ToJsonString());
        Assert.Equal("SIP", (string?)byId["serviceCode"]);
        Assert.Equal(10, (int)byId["completionDays"]!);
        Assert.Equal(10, (int)byId["promisedDays"]!);
        Assert.Equal(8, (int)byId["statutoryDays"]!);
        var steps = byId["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(["check-completeness", "verify-file", "health-recommendation", "sign-permit", "issue-permit", "email-permit"],
            steps.Select(s => (string?)s["activityId"]));
        Assert.Equal([1, 2, 3, 4, 5, 6], steps.Select(s => (int)s["number"]!));
        Assert.Equal("Dinas Kesehatan", (string?)steps[2]["office"]);
        Assert.Equal(6, (int)steps[2]["days"]!);
        Assert.Null(steps[4]["office"]);
        Assert.Equal(5, byId["requirements"]!.AsArray().Count);
        Assert.Equal("Pindaian STR", (string?)byId["requirements"]![1]!["uploadField"]);
        Assert.Equal(["Receipt", "Permit", "Rejection"], byId["products"]!.AsArray().Select(p => (string?)p!["kind"]));
        Assert.Equal("SURAT IZIN PRAKTIK (sesuai profesi)", (string?)byId["products"]![1]!["title"]);
        var channels = byId["complaintChannels"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.EndsWith("/pengaduan", (string?)channels[0]["address"], StringComparison.Ordinal);
        Assert.Equal("https://www.lapor.go.id", (string?)channels[1]["address"]);

        // The diagram draws every step where the route placed it, the main path marked.
        var nodes = byId["diagram"]!["nodes"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal(14, nodes.Count);
        Assert.True((bool)nodes.Single(n => (string?)n["id"] == "health-recommendation")["onMainPath"]!);
        Assert.False((bool)nodes.Single(n => (string?)n["id"] == "return-incomplete")["onMainPath"]!);
        Assert.Equal(3, (int)nodes.Single(n => (string?)n["id"] == "health-recommendation")["step"]!);
    }

    [Fact]
    public async Task Pdf_IsSigned_PassesQpdf_AndItsTextNamesEveryRequirementAndTheFee()
    {
        using var client = host.CreateClient();
        var standard = await client.GetFromJsonAsync<JsonObject>("/api/standards/pbg");

        using var response = await client.GetAsync("/api/standards/pbg/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await CheckPdfAsync(await response.Content.ReadAsByteArrayAsync());
        foreach (var requirement in standard!["requirements"]!.AsArray())
        {
            Assert.Contains(Words((string)requirement!["name"]!), text, StringComparison.Ordinal);
        }

        Assert.Contains("Retribusi PBG sesuai Perda; nilainya ditetapkan per permohonan dalam SKRD", text, StringComparison.Ordinal);
        Assert.Contains("STANDAR PELAYANAN", text, StringComparison.Ordinal);
        Assert.Contains("35 hari kerja", text, StringComparison.Ordinal);
        Assert.Contains("Konsultasi teknis (PUPR) — Dinas Pekerjaan Umum dan Penataan Ruang, 25 hari kerja", text, StringComparison.Ordinal);
        Assert.Contains("https://www.lapor.go.id", text, StringComparison.Ordinal);

        // The diagram is real text too: the start box is drawn only there, not in the numbered steps.
        Assert.Contains("Permohonan diterima", text, StringComparison.Ordinal);

        // A free service says so once, whether or not its note repeats it.
        var sip = await CheckPdfAsync(await client.GetByteArrayAsync("/api/standards/sip-dokter/pdf"));
        Assert.Contains("5. Biaya/Tarif Tidak dipungut biaya", sip, StringComparison.Ordinal);
        Assert.DoesNotContain("(Tidak dipungut biaya)", sip, StringComparison.Ordinal);

        // A published version never changes, so its PDF is signed once and served as it was.
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(), await client.GetByteArrayAsync("/api/standards/PBG/pdf?version=1"));
    }

    [Fact]
    public async Task CompletionTime_IsTheServiceTimeFromSubmission_AndTheStatutoryDaysCountFromCompleteness_NotAContradiction()
    {
        using var client = host.CreateClient();

        // Reklame promises 14 working days from submission; its main path's deadlines add up to only 9, and the 8 statutory
        // days run from the day the file is complete: the standard publishes the promise, not the sum.
        var standard = await client.GetFromJsonAsync<JsonObject>("/api/standards/reklame");
        var text = await CheckPdfAsync(await client.GetByteArrayAsync("/api/standards/reklame/pdf"));

        Assert.Equal(14, (int)standard!["promisedDays"]!);
        Assert.Contains("4. Jangka Waktu Penyelesaian 14 hari kerja sejak permohonan diajukan", text, StringComparison.Ordinal);
        Assert.Contains("8 hari kerja, dihitung sejak hari berkas dinyatakan lengkap (bukan sejak permohonan diajukan)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9 hari kerja", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsAndProducts_ReadAsWords_NoEnglishJargonOrRawFieldPlaceholder()
    {
        using var client = host.CreateClient();

        var text = await CheckPdfAsync(await client.GetByteArrayAsync("/api/standards/sip-dokter/pdf"));

        Assert.Contains("Verifikasi berkas oleh petugas", text, StringComparison.Ordinal);
        Assert.Contains("SURAT IZIN PRAKTIK (sesuai profesi)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("back office", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("«Profesi»", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{profesi}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/standards/tidak-ada")]
    [InlineData("/api/standards/pbg?version=99")]
    [InlineData("/api/standards/tidak-ada/pdf")]
    [InlineData("/api/standards/pbg/pdf?version=99")]
    public async Task UnknownServiceOrVersion_Is404ProblemDetails(string url)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/standar/tidak-ada")]
    [InlineData("/standar/pbg?version=99")]
    [InlineData("/standar/pbg?version=0")]
    [InlineData("/standar/pbg?version=abc")]
    public async Task StandardPage_OfAnUnknownServiceOrVersion_IsNotFound(string url)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/standards/pbg?version=abc")]
    [InlineData("/api/standards/pbg?version=0")]
    [InlineData("/api/standards/pbg?version=-3")]
    [InlineData("/api/standards/pbg/pdf?version=0")]
    public async Task VersionBelowOne_Is400ProblemDetails(string url)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RouteNeverPublished_HasNoStandard()
    {
        using var analyst = await host.ClientAsync("analyst");
        using (var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = "izin-standar-draf", ["name"] = "Izin Draf", ["serviceCode"] = "IZD" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var client = host.CreateClient();
        await Problems.AssertProblemAsync(await client.GetAsync("/api/standards/izin-standar-draf"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await client.GetAsync("/api/standards/IZD"), HttpStatusCode.NotFound);
        using var page = await client.GetAsync("/standar/izin-standar-draf");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task NewPublishedVersion_RepublishesTheStandard_AndTheOldVersionStaysReadable()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/reklame?version=published"))!;
        var old = (int)document["version"]!;
        document["options"]!["fee"] = new JsonObject { ["amount"] = 150000, ["currency"] = "IDR", ["note"] = "dibayar di kasir Bapenda" };
        document["options"]!["requirements"]!.AsArray().Add(new JsonObject { ["name"] = "Surat kuasa bermeterai bila dikuasakan", ["bring"] = "asli" });
        using (var saved = await analyst.PutAsJsonAsync("/api/definitions/reklame/draft", document))
        {
            Assert.True((bool)(await Problems.ReadObjectAsync(saved))["valid"]!);
        }

        using (var published = await analyst.PostAsync("/api/definitions/reklame/publish", null))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        using var client = host.CreateClient();
        var current = (await client.GetFromJsonAsync<JsonObject>("/api/standards/reklame"))!;
        var before = (await client.GetFromJsonAsync<JsonObject>($"/api/standards/reklame?version={old}"))!;

        Assert.Equal(old + 1, (int)current["version"]!);
        Assert.Equal([old, old + 1], current["publishedVersions"]!.AsArray().Select(v => (int)v!));
        Assert.Equal(150000m, (decimal)current["fee"]!["amount"]!);
        Assert.Equal(old, (int)before["version"]!);
        Assert.Null(before["fee"]!["amount"]);
        Assert.DoesNotContain(before["requirements"]!.AsArray(), r => (string?)r!["name"] == "Surat kuasa bermeterai bila dikuasakan");

        var newText = await CheckPdfAsync(await client.GetByteArrayAsync("/api/standards/reklame/pdf"));
        Assert.Contains("IDR 150.000 — dibayar di kasir Bapenda", newText, StringComparison.Ordinal);
        Assert.Contains("Surat kuasa bermeterai bila dikuasakan", newText, StringComparison.Ordinal);
        var oldText = await CheckPdfAsync(await client.GetByteArrayAsync($"/api/standards/reklame/pdf?version={old}"));
        Assert.Contains("Pajak reklame sesuai Perda", oldText, StringComparison.Ordinal);
        Assert.DoesNotContain("Surat kuasa bermeterai", oldText, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/standar/REKLAME?version={old}");
        Assert.Contains($"Versi {old + 1}", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/standar/reklame?version={old + 1}\"", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// Fails unless pdfsig finds a valid signature over the whole file and qpdf finds the file sound; returns its text as
    /// pdftotext reads it, runs of white space made single spaces.
    /// </summary>
    private static async Task<string> CheckPdfAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("mpp-standard-").FullName;
        try
        {
            var path = Path.Combine(directory, "standard.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            var pdfsig = (await SignatureInspection.PdfSigAsync(path)).StandardOutput;
            Assert.Contains("Signature Validation: Signature is Valid.", pdfsig, StringComparison.Ordinal);
            Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
            await SignatureInspection.AssertQpdfCleanAsync(path);
            var text = await ExternalTool.RunAsync("pdftotext", ["-layout", path, "-"], "poppler-utils", TimeSpan.FromSeconds(30));
            Assert.True(text.ExitCode == 0, $"pdftotext exited {text.ExitCode}: {text.StandardError}");
            return Words(text.StandardOutput);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Words(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public sealed class OnSqlite(SqliteHost host) : ServiceStandardTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : ServiceStandardTests(host), IClassFixture<PostgresHost>;
}
