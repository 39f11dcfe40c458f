using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Issue 10, input rules: application data holds only the form's fields, each text within its length and, on one line,
/// without control characters; bodies that used to end in a 500 (truncated multipart, a lone surrogate, invalid UTF-8, a
/// key named twice in a calendar or a definition) are 400 problems. Both stores: the refusals happen before storage, and
/// PostgreSQL is the store that cannot hold what slips through.
/// </summary>
public abstract class InputRulesTests(DesignerHost host)
{
    [Fact]
    public async Task Submit_WithDataKeysTheFormDoesNotHave_Returns400NamingThem_AndFilesNothing()
    {
        var data = SampleData.Sip();
        data["isAdmin"] = true;
        data["catatanRahasia"] = "x";
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", data));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("data.isAdmin", Problems.ErrorKeys(problem));
        Assert.Contains("data.catatanRahasia", Problems.ErrorKeys(problem));
        Assert.Contains("isAdmin", (string?)problem["errors"]!["data.isAdmin"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resubmit_WithDataKeysTheFormDoesNotHave_Returns400NamingThem()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap");
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync(
            $"/api/applications/{app.Id}/resubmit?token={Uri.EscapeDataString(app.TrackingToken)}",
            new { data = new JsonObject { ["nomorStr"] = "STR-7654321", ["status"] = "Completed" } });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["data.status"], Problems.ErrorKeys(problem));
        Assert.Equal("AwaitingApplicant", (string?)(await host.GetApplicationAsync(app.Id))["status"]);
    }

    [Theory]
    [InlineData("tempatPraktik", 201)]
    [InlineData("alamatPraktik", 1001)]
    public async Task Submit_TextLongerThanItsFieldsLimit_Returns400(string field, int length)
    {
        var data = SampleData.Sip();
        data[field] = new string('a', length);
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", data));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([$"data.{field}"], Problems.ErrorKeys(problem));
        Assert.Contains((length - 1).ToString(CultureInfo.InvariantCulture), (string?)problem["errors"]![$"data.{field}"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ATextAtItsFieldsLimit_IsFiled()
    {
        var data = SampleData.Sip();
        data["tempatPraktik"] = new string('a', 200);
        data["alamatPraktik"] = string.Join("\r\n", Enumerable.Repeat(new string('b', 98), 10));

        await host.SubmitAsync("sip-dokter", data);
    }

    [Theory]
    [InlineData("data", "tempatPraktik", "Klinik\tSehat")]
    [InlineData("data", "nomorStr", "STR-1\n234")]
    [InlineData("data", "tempatPraktik", "Klinik \u001b[31mSehat")]
    [InlineData("data", "tempatPraktik", "Klinik \u202eitahes")]
    [InlineData("data", "alamatPraktik", "Jl. Sudirman\u0007 10")]
    [InlineData("applicant", "name", "dr. Sari\r\nBcc: x@example.org")]
    [InlineData("applicant", "phone", "0812\u00853456")]
    public Task Submit_ControlCharacterInALineField_Returns400NamingTheField(string section, string field, string value) =>
        SubmitRefusedNamingTheFieldAsync(section, field, value);

    [Fact]
    public async Task Submit_ProblemsAreIndonesianOnRequest_EnglishByDefault()
    {
        var data = SampleData.Sip();
        data["tempatPraktik"] = new string('a', 300);
        data["bonus"] = 1;
        using var client = host.CreateClient();
        using var english = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", data.DeepClone().AsObject()));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(SampleData.Submission("sip-dokter", data.DeepClone().AsObject())) };
        request.Headers.AcceptLanguage.ParseAdd("id-ID,id;q=0.9");
        using var indonesian = await client.SendAsync(request);

        var en = await Problems.AssertProblemAsync(english, HttpStatusCode.BadRequest);
        var id = await Problems.AssertProblemAsync(indonesian, HttpStatusCode.BadRequest);
        Assert.Contains("at most 200 characters", (string?)en["errors"]!["data.tempatPraktik"]![0], StringComparison.Ordinal);
        Assert.Contains("paling banyak 200 karakter", (string?)id["errors"]!["data.tempatPraktik"]![0], StringComparison.Ordinal);
        Assert.Contains("tidak memiliki isian 'bonus'", (string?)id["errors"]!["data.bonus"]![0], StringComparison.Ordinal);
        Assert.Equal("Permohonan belum lengkap atau isiannya tidak sah", (string?)id["title"]);
    }

    [Fact]
    public async Task Submit_ALoneSurrogate_Returns400()
    {
        var body = SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString()
            .Replace("Klinik Sehat", "Klinik \\ud800Sehat", StringComparison.Ordinal);
        using var client = host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/applications", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/applications/with-files")]
    [InlineData("/api/applications/{id}/resubmit/with-files?token={token}")]
    public async Task WithFiles_TruncatedMultipartBody_Returns400Problem(string route)
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap");
        var url = route.Replace("{id}", app.Id.ToString(), StringComparison.Ordinal)
            .Replace("{token}", Uri.EscapeDataString(app.TrackingToken), StringComparison.Ordinal);
        var application = SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString();
        var whole = "--b\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n" + application
            + "\r\n--b\r\nContent-Disposition: form-data; name=\"dokumenStr\"; filename=\"str.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 "
            + new string('x', 4000) + "\r\n--b--\r\n";
        using var client = host.CreateClient();
        foreach (var cut in new[] { 20, 70, whole.Length / 2, whole.Length - 10 })
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(whole[..cut]));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
            using var response = await client.PostAsync(url, content);

            await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("{\"holidays\":[{\"date\":\"2035-01-01\",\"name\":\"Tahun Baru \\ud800\",\"kind\":\"National\"}]}")]
    [InlineData("{\"holidays\":[{\"date\":\"2035-01-01\",\"name\":\"Tahun Baru\",\"name\":\"X\",\"kind\":\"National\"}]}")]
    [InlineData("{\"holidays\":[{\"date\":\"2035-01-01\",\"name\":\"Tahun Baru \\udc00\\ud800\",\"kind\":\"National\"}],\"source\":\"\\ud83d\"}")]
    public async Task Calendar_LoneSurrogateOrDuplicateKey_Returns400Problem(string body)
    {
        using var client = await host.ClientAsync("admin");
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PutAsync("/api/calendars/2035", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Calendar_InvalidUtf8_Returns400Problem()
    {
        using var client = await host.ClientAsync("admin");
        using var content = new ByteArrayContent(InvalidUtf8("{\"holidays\":[{\"date\":\"2035-01-01\",\"name\":\"Tahun Baru ", "\",\"kind\":\"National\"}]}"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PutAsync("/api/calendars/2035", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("PUT", "/api/definitions/sip-dokter/draft")]
    [InlineData("POST", "/api/definitions/validate")]
    public async Task Definition_LoneSurrogateDuplicateKeyOrInvalidUtf8_Returns400Problem(string method, string url)
    {
        var definition = await File.ReadAllTextAsync(Path.Combine(Mpp.Workflows.Testing.RepoPaths.Workflows, "sip-dokter.json"));
        var bodies = new[]
        {
            Encoding.UTF8.GetBytes(definition.Replace("\"Nama lengkap (dengan gelar)\"", "\"Nama \\ud800 lengkap\"", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(definition.Replace("\"name\": \"Surat Izin", "\"name\": \"X\", \"name\": \"Surat Izin", StringComparison.Ordinal)),
            InvalidUtf8(definition[..definition.IndexOf("Nama lengkap", StringComparison.Ordinal)], definition[definition.IndexOf("Nama lengkap", StringComparison.Ordinal)..]),
        };
        Assert.NotEqual(definition, Encoding.UTF8.GetString(bodies[1]));
        using var client = await host.ClientAsync("analyst");
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });

            await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("nomorStr", "12345")]
    [InlineData("alamatPraktik", "3.3e15")]
    [InlineData("tempatPraktik", "true")]
    [InlineData("nomorStr", "1e999999999")]
    [InlineData("tempatPraktik", "1e-999999999")]
    public async Task Submit_ANonStringInATextField_Returns400NamingTheField(string field, string literal)
    {
        var data = SampleData.Sip();
        data[field] = "replaced-by-the-literal";
        var body = SampleData.Submission("sip-dokter", data).ToJsonString()
            .Replace("\"replaced-by-the-literal\"", literal, StringComparison.Ordinal);
        using var client = host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/applications", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"data.{field}", Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task Resubmit_ANumberBeyondRangeInATextField_Returns400_AndTheApplicationStillIssuesItsPermit()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap");
        using var client = host.CreateClient();
        using var content = new StringContent("{\"data\":{\"nomorStr\":1e999999999}}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(
            $"/api/applications/{app.Id}/resubmit?token={Uri.EscapeDataString(app.TrackingToken)}", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["data.nomorStr"], Problems.ErrorKeys(problem));
        Assert.Equal("STR-1234567", (string?)(await host.GetApplicationAsync(app.Id))["data"]!["nomorStr"]);
    }

    [Theory]
    [InlineData("{\"catatanKunjungan\":1e999999999}", "fields.catatanKunjungan")]
    [InlineData("{\"catatanKunjungan\":12}", "fields.catatanKunjungan")]
    [InlineData("{\"evil\":\"x\"}", "fields.evil")]
    public async Task CompleteTask_FieldsTheFormDoesNotTakeAsSent_Returns400NamingThem_AndTheTaskStaysOpen(string fields, string key)
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        var task = await host.OpenTaskAsync(app, "health-recommendation");
        using var client = await host.ClientAsync("dinkes.reviewer");
        using var content = new StringContent(
            $"{{\"outcome\":\"Rekomendasi\",\"comment\":\"ok\",\"fields\":{fields}}}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/api/tasks/{(string)task["id"]!}/complete", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([key], Problems.ErrorKeys(problem));
        await host.OpenTaskAsync(app, "health-recommendation");
    }

    [Theory]
    [InlineData("1e999999999")]
    [InlineData("-1e999999999")]
    [InlineData("1e-999999999")]
    public async Task Bodies_WithANumberNoStoreHolds_Return400Problem(string literal)
    {
        var definition = await File.ReadAllTextAsync(Path.Combine(Mpp.Workflows.Testing.RepoPaths.Workflows, "sip-dokter.json"));
        var draft = definition.Replace("\"value\": 6}", $"\"value\": 6, \"huge\": {literal}}}", StringComparison.Ordinal);
        Assert.NotEqual(definition, draft);
        using var analyst = await host.ClientAsync("analyst");
        using var draftContent = new StringContent(draft, Encoding.UTF8, "application/json");
        using var draftResponse = await analyst.PutAsync("/api/definitions/sip-dokter/draft", draftContent);
        using var admin = await host.ClientAsync("admin");
        using var calendarContent = new StringContent(
            $"{{\"holidays\":[{{\"date\":\"2035-01-01\",\"name\":\"Tahun Baru\",\"kind\":\"National\",\"n\":{literal}}}]}}", Encoding.UTF8, "application/json");
        using var calendarResponse = await admin.PutAsync("/api/calendars/2035", calendarContent);
        using var client = host.CreateClient();
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString().Replace("\"applicant\":{", $"\"applicant\":{{\"x\":{literal},", StringComparison.Ordinal);
        using var submissionContent = new StringContent(submission, Encoding.UTF8, "application/json");
        using var submissionResponse = await client.PostAsync("/api/applications", submissionContent);

        await Problems.AssertProblemAsync(draftResponse, HttpStatusCode.BadRequest);
        await Problems.AssertProblemAsync(calendarResponse, HttpStatusCode.BadRequest);
        Assert.True(submissionResponse.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Created, $"{submissionResponse.StatusCode}");
    }

    [Theory]
    [InlineData("data", "tempatPraktik", "Klinik\u200bSehat")]
    [InlineData("data", "nomorStr", "\ufeffSTR-1234567")]
    [InlineData("data", "tempatPraktik", "Klinik \U000E0041Sehat")]
    [InlineData("data", "tempatPraktik", "Klinik Sehat\uffff")]
    [InlineData("data", "tempatPraktik", "Klinik \ue000Sehat")]
    [InlineData("data", "tempatPraktik", "Klinik \ufffdSehat")]
    [InlineData("data", "nomorStr", "STR\u0301\u0301\u0301\u0301\u0301-1")]
    [InlineData("applicant", "name", "Sari\u200d Wulandari")]
    [InlineData("applicant", "name", "Sari\U000F0000")]
    [InlineData("applicant", "name", "S\ufffdri")]
    public Task Submit_AnInvisibleOrUnassignedCharacterInALineField_Returns400NamingTheField(string section, string field, string value) =>
        SubmitRefusedNamingTheFieldAsync(section, field, value);

    /// <summary>A submission whose <paramref name="field"/> holds <paramref name="value"/> is a 400 naming that field alone.</summary>
    private async Task SubmitRefusedNamingTheFieldAsync(string section, string field, string value)
    {
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        submission[section]![field] = value;
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", submission);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([$"{section}.{field}"], Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task Submit_IndonesianNamesWithApostrophesAndAccents_AreFiled()
    {
        var data = SampleData.Sip();
        data["namaLengkap"] = "dr. Ni'matul Ma\u2019rifah, Sp.A.";
        data["tempatPraktik"] = "Klinik Jos\u00e9 & Ren\u0065\u0301e";
        var submission = SampleData.Submission("sip-dokter", data);
        submission["applicant"]!["name"] = "Muhammad Nur'aini Ch\u00e2teau";
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", submission);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithFiles_InvalidUtf8InTheApplicationPart_Returns400_AndFilesNothing()
    {
        var application = SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString();
        var at = application.IndexOf("Klinik Sehat", StringComparison.Ordinal);
        byte[] part = [.. Encoding.UTF8.GetBytes(application[..at]), (byte)'S', 0xFF, (byte)'r', (byte)'i', .. Encoding.UTF8.GetBytes(application[(at + "Klinik Sehat".Length)..])];
        byte[] body =
        [
            .. Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n"), .. part,
            .. Encoding.ASCII.GetBytes("\r\n--b\r\nContent-Disposition: form-data; name=\"dokumenStr\"; filename=\"str.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n--b--\r\n"),
        ];
        using var client = host.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var response = await client.PostAsync("/api/applications/with-files", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task NotFound_EchoesARequestValueAtMost100Characters()
    {
        var id = new string('x', 5000);
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission(id, SampleData.Sip()));
        using var analyst = await host.ClientAsync("analyst");
        using var definition = await analyst.GetAsync($"/api/definitions/{id}");

        foreach (var reply in new[] { response, definition })
        {
            var problem = await Problems.AssertProblemAsync(reply, HttpStatusCode.NotFound);
            Assert.True(problem.ToJsonString().Length < 1000, problem.ToJsonString()[..300]);
            Assert.Contains(new string('x', 100) + "…", $"{problem["title"]} {problem["detail"]}", StringComparison.Ordinal);
        }
    }

    private static byte[] InvalidUtf8(string before, string after) =>
        [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(after)];

    public sealed class OnSqlite(SqliteHost host) : InputRulesTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : InputRulesTests(host), IClassFixture<PostgresHost>;
}
