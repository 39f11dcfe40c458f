using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>Whatever a client sends, the answer is a 4xx problem-details response that says what was wrong, never a 500.</summary>
public abstract class BadInputTests(DesignerHost host)
{
    [Theory]
    [InlineData("{\"definitionId\": \"sip-dokter\", ")]
    [InlineData("not json at all")]
    [InlineData("{\"definitionId\": \"sip-dokter\", \"data\": 5}")]
    public async Task Submit_MalformedJson_Returns400Problem(string body)
    {
        using var client = host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/applications", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteTask_MalformedJson_Returns400Problem()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var client = await host.ClientAsync("dpmptsp.frontoffice");
        using var content = new StringContent("{\"outcome\": ", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/api/tasks/{task["id"]}/complete", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>A return or a refusal without a reason is refused (issue 11), in the language the client asks for.</summary>
    [Theory]
    [InlineData("id", "Alasan keputusan wajib diisi", "wajib disertai alasan")]
    [InlineData("en", "A reason is required for this decision", "needs a reason")]
    public async Task CompleteTask_ReturnWithoutAReason_Returns400ProblemOnTheComment(string language, string title, string message)
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var client = await host.ClientAsync("dpmptsp.frontoffice");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "TidakLengkap", comment = " " });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, (string?)problem["title"]);
        Assert.Contains(message, (string?)problem["errors"]!["comment"]![0], StringComparison.Ordinal);
        await host.OpenTaskAsync(app, "check-completeness");
    }

    [Fact]
    public async Task Submit_UnknownDefinition_Returns404Problem()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("izin-tidak-ada", SampleData.Sip()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submit_MissingRequiredField_Returns400NamingTheField()
    {
        var data = SampleData.Sip();
        data.Remove("nomorStr");
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", data));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Problems.ErrorKeys(problem), key => key.EndsWith("nomorStr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_WithoutApplicantOrDefinition_Returns400NamingTheFields()
    {
        using var client = host.CreateClient();
        using var noDefinition = await client.PostAsJsonAsync("/api/applications", new { data = SampleData.Sip() });
        using var noApplicant = await client.PostAsJsonAsync("/api/applications", new { definitionId = "sip-dokter", data = SampleData.Sip() });

        Assert.Contains("definitionId", Problems.ErrorKeys(await Problems.AssertProblemAsync(noDefinition, HttpStatusCode.BadRequest)));
        Assert.Contains("applicant", Problems.ErrorKeys(await Problems.AssertProblemAsync(noApplicant, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task CompleteTask_WithOutcomeTheTaskDoesNotDeclare_Returns400WithErrors()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var client = await host.ClientAsync("dpmptsp.frontoffice");
        using var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Tandatangani" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("outcome", Problems.ErrorKeys(problem));
        await host.OpenTaskAsync(app, "check-completeness");
    }

    [Fact]
    public async Task CompleteTask_WithoutRequiredFormField_Returns400NamingTheField()
    {
        var app = await host.SubmitAsync("pbg", SampleData.Pbg(luasLantai: 100));
        await host.DecideAsync(app, "register", "Lengkap");
        await host.DecideAsync(app, "house-consultation", "Setuju");
        var task = await host.OpenTaskAsync(app, "assess-fee");
        using var client = await host.ClientAsync("dpmptsp.reviewer");
        using var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Ditetapkan" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Problems.ErrorKeys(problem), key => key.EndsWith("nilaiRetribusi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompleteTask_Unknown_Returns404Problem()
    {
        using var client = await host.ClientAsync("dpmptsp.frontoffice");
        using var response = await client.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/complete", new { outcome = "Lengkap" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CompleteTask_AlreadyCompleted_Returns409Problem()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        using var client = await host.ClientAsync("dpmptsp.frontoffice");
        using var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Lengkap" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("/api/applications")]
    [InlineData("/api/definitions/validate")]
    [InlineData("/api/auth/token")]
    public async Task Post_OversizedBody_Returns413Problem(string url)
    {
        var filler = new string('x', 2 * 1024 * 1024);
        using var client = await host.ClientAsync("analyst");
        using var content = new StringContent($"{{\"definitionId\":\"sip-dokter\",\"data\":{{\"namaLengkap\":\"{filler}\"}}}}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/applications/not-a-guid")]
    public async Task Get_UnknownRoute_Returns404Problem(string url)
    {
        using var client = await host.ClientAsync("admin");
        using var response = await client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    /// <summary>A dead link followed by a person: the site's own page in Indonesian, with status 404, not an API problem.</summary>
    [Theory]
    [InlineData("/halaman-yang-tidak-ada")]
    [InlineData("/track/503-SIP-2026-000001/extra/segments")]
    public async Task Get_UnknownPage_IsTheNotFoundPageIn404(string url)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Tidak ditemukan</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resubmit_WithWrongToken_Returns404Problem()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "TidakLengkap");
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync($"/api/applications/{app.Id}/resubmit?token=guessed", new { data = new JsonObject() });

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Resubmit_WhenNotAwaitingApplicant_Returns409Problem()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync(
            $"/api/applications/{app.Id}/resubmit?token={Uri.EscapeDataString(app.TrackingToken)}", new { data = new JsonObject() });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("/api/tasks?scope=everyone")]
    [InlineData("/api/tasks?status=sleeping")]
    [InlineData("/api/applications?pageSize=5000")]
    [InlineData("/api/definitions/sip-dokter?version=newest")]
    public async Task Get_WithInvalidQuery_Returns400Problem(string url)
    {
        using var client = await host.ClientAsync("admin");
        using var response = await client.GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Submit_WithAPropertyNamedTwice_Returns400Problem()
    {
        var body = SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString().Replace("\"nomorStr\":", "\"nomorStr\":\"A\",\"nomorStr\":", StringComparison.Ordinal);
        using var client = host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/applications", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Calendar_WithAPropertyNamedTwice_Returns400Problem()
    {
        using var client = await host.ClientAsync("admin");
        using var content = new StringContent("{\"holidays\":[],\"holidays\":[]}", Encoding.UTF8, "application/json");
        using var response = await client.PutAsync("/api/calendars/2035", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SubmitWithFiles_GarbledMultipart_Returns400Problem()
    {
        using var client = host.CreateClient();
        using var content = new StringContent("garbage", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");
        using var response = await client.PostAsync("/api/applications/with-files", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Submit_WithANulCharacter_Returns400Problem_OnEveryStore()
    {
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        submission["applicant"]!["name"] = "dr. Sari\u0000 Wulandari";
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/applications", submission);

        // The input rules refuse it as a control character in a one-line field, before any store sees it.
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["applicant.name"], Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task ListApplications_FilteredByANulCharacter_Returns400Problem()
    {
        using var client = await host.ClientAsync("admin");
        using var response = await client.GetAsync("/api/applications?definitionId=%00");

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    public sealed class OnSqlite(SqliteHost host) : BadInputTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : BadInputTests(host), IClassFixture<PostgresHost>;
}
