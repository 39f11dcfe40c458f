using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>Who may do what: credentials (401), office and role (403), the designer's roles.</summary>
public abstract class AuthorizationTests(DesignerHost host)
{
    [Fact]
    public async Task Token_ForDemoUser_CarriesOfficeAndRoles()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "dinkes.reviewer", password = DesignerHost.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Problems.ReadObjectAsync(response);
        Assert.False(string.IsNullOrEmpty((string?)body["accessToken"]));
        Assert.True(DateTimeOffset.Parse((string)body["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);
        Assert.Equal("dinkes.reviewer", (string?)body["user"]!["username"]);
        Assert.Equal("DINKES", (string?)body["user"]!["office"]);
        Assert.Equal(["Reviewer"], body["user"]!["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Theory]
    [InlineData("dinkes.reviewer", "wrong-password")]
    [InlineData("nobody", DesignerHost.Password)]
    public async Task Token_WithBadCredentials_Returns401Problem(string username, string password)
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_WithoutPassword_Returns400NamingTheField()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("password", Problems.ErrorKeys(problem));
    }

    [Fact]
    public async Task CompleteTask_OfAnotherOffice_Returns403()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var dinkes = await host.ClientAsync("dinkes.reviewer");
        using var response = await dinkes.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Lengkap" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        await host.OpenTaskAsync(app, "check-completeness");
    }

    [Fact]
    public async Task CompleteTask_OfAnotherRoleInTheSameOffice_Returns403()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var signer = await host.ClientAsync("dpmptsp.signer");
        using var response = await signer.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Lengkap" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CompleteTask_Anonymously_Returns401()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var task = await host.OpenTaskAsync(app, "check-completeness");
        using var anonymous = host.CreateClient();
        using var response = await anonymous.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { outcome = "Lengkap" });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Request_WithForgedToken_Returns401()
    {
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await client.GetAsync("/api/tasks");

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("dpmptsp.reviewer")]
    [InlineData("dpmptsp.head")]
    public async Task PublishDefinition_AsOfficeStaff_Returns403(string username)
    {
        using var staff = await host.ClientAsync(username);
        using var publish = await staff.PostAsync("/api/definitions/sip-dokter/publish", null);
        using var list = await staff.GetAsync("/api/definitions");

        await Problems.AssertProblemAsync(publish, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(list, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetApplication_ForOfficeNotInvolved_Returns403_AndForInvolvedOffice_Returns200()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var dishub = await host.ClientAsync("dishub.reviewer");
        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");

        using var forbidden = await dishub.GetAsync($"/api/applications/{app.Id}");
        using var allowed = await frontOffice.GetAsync($"/api/applications/{app.Id}");

        await Problems.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Analyst_DesignsRoutes_ButReadsNoCitizensFile()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        using var admin = await host.ClientAsync("admin");
        JsonArray? documents = null;
        await Poll.UntilAsync(
            async () => (documents = await admin.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents"))!.Count > 0,
            TimeSpan.FromSeconds(30));
        var receipt = (string)documents![0]!["id"]!;
        using var analyst = await host.ClientAsync("analyst");

        using var application = await analyst.GetAsync($"/api/applications/{app.Id}");
        using var listed = await analyst.GetAsync("/api/applications?definitionId=sip-dokter&pageSize=100");
        using var documentList = await analyst.GetAsync($"/api/applications/{app.Id}/documents");
        using var document = await analyst.GetAsync($"/api/documents/{receipt}");
        using var attachments = await analyst.GetAsync($"/api/applications/{app.Id}/attachments");

        await Problems.AssertProblemAsync(application, HttpStatusCode.Forbidden);
        var listedBody = await listed.Content.ReadAsStringAsync();
        Assert.True(listed.StatusCode == HttpStatusCode.OK, $"list: {listed.StatusCode} {listedBody}");
        Assert.Empty(JsonNode.Parse(listedBody)!["items"]!.AsArray());
        Assert.True(documentList.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"documents: {documentList.StatusCode}");
        Assert.True(document.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"document: {document.StatusCode}");
        Assert.True(attachments.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"attachments: {attachments.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/definitions/sip-dokter")).StatusCode);
    }

    [Fact]
    public async Task ListApplications_ShowsOnlyApplicationsOfTheOffice()
    {
        var app = await host.SubmitAsync("reklame", SampleData.Reklame());
        using var dishub = await host.ClientAsync("dishub.reviewer");
        using var frontOffice = await host.ClientAsync("dpmptsp.frontoffice");

        var none = await dishub.GetFromJsonAsync<JsonObject>("/api/applications?definitionId=reklame");
        var mine = await frontOffice.GetFromJsonAsync<JsonObject>("/api/applications?definitionId=reklame&pageSize=100");

        Assert.Empty(none!["items"]!.AsArray());
        Assert.Contains(mine!["items"]!.AsArray(), i => (string?)i!["registrationNumber"] == app.RegistrationNumber);
    }

    [Fact]
    public async Task Token_SurvivesHostRestart()
    {
        var token = await host.TokenAsync("pupr.reviewer");
        using var restarted = host.Restarted();
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/api/tasks?scope=office&status=open");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class OnSqlite(SqliteHost host) : AuthorizationTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : AuthorizationTests(host), IClassFixture<PostgresHost>;
}
