using System.Net;
using System.Net.Http.Json;
using Bunit;
using Mpp.Workflows.Designer.Components.Administration;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// An application never ends approved without its permit going unnoticed: a route whose permit cannot be produced is not
/// published, and a permit (or mail) that keeps failing is counted on <c>/health</c> and listed on <c>/admin</c>, whose
/// retry issues it once the cause is fixed. On both stores.
/// </summary>
public abstract class PermitGuaranteeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    protected abstract DesignerHost NewHost();

    [Fact]
    public async Task Publish_ARoutePermitWithoutATemplate_IsRefusedInWordsAnAnalystUnderstands()
    {
        var templates = CopyTemplates();
        var host = await StartAsync(templates);
        try
        {
            await PublishRefusedAsync(host, templates);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public async Task APermitThatKeepsFailing_IsDegradedOnHealth_ListedOnAdmin_AndIssuedByItsRetry()
    {
        var templates = CopyTemplates();
        var host = await StartAsync(templates);
        try
        {
            await FailThenRetryAsync(host, templates);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
            Directory.Delete(templates, recursive: true);
        }
    }

    private static async Task PublishRefusedAsync(DesignerHost host, string templates)
    {
        var route = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "sip-dokter.json")))!.AsObject();
        route["definitionId"] = "sip-bidan";
        route["id"] = "sip-bidan-v1";
        route["name"] = "Surat Izin Praktik Bidan";
        route["options"]!["serviceCode"] = "SIPB";
        using var analyst = await host.ClientAsync("analyst");

        using var draft = await analyst.PutAsJsonAsync("/api/definitions/sip-bidan/draft", route);
        using var refused = await analyst.PostAsync("/api/definitions/sip-bidan/publish", null);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Rute belum dapat diterbitkan", (string?)problem["title"]);
        var message = Assert.Single(problem["errors"]!.AsObject()).Value!.AsArray().Single()!.GetValue<string>();
        Assert.Contains("belum memiliki templat surat izin", message, StringComparison.Ordinal);
        Assert.Contains("Surat Izin Praktik Bidan", message, StringComparison.Ordinal);

        // With its template the same route publishes.
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(templates, "sip-dokter.json")))!.AsObject();
        template["route"] = "sip-bidan";
        await File.WriteAllTextAsync(Path.Combine(templates, "sip-bidan.json"), template.ToJsonString());
        using var published = await analyst.PostAsync("/api/definitions/sip-bidan/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private static async Task FailThenRetryAsync(DesignerHost host, string templates)
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var template = Path.Combine(templates, "sip-dokter.json");
        var kept = await File.ReadAllTextAsync(template);
        File.Delete(template);

        await host.DecideAsync(app, "check-completeness", "Lengkap");
        await host.DecideAsync(app, "verify-file", "Terverifikasi");
        await host.DecideAsync(app, "health-recommendation", "Rekomendasi");
        await host.DecideAsync(app, "sign-permit", "Tandatangani");

        using var anonymous = host.CreateClient();
        JsonObject? health = null;
        await Poll.UntilAsync(
            async () => (string?)(health = await HealthAsync(anonymous))["outbox"] == "Degraded",
            Timeout,
            () => Task.FromResult($"health: {health?.ToJsonString()}"));
        Assert.Equal("Degraded", (string?)health!["status"]);
        // The permit, and the mail that would carry it.
        Assert.InRange(int.Parse((string)health["failedOutbox"]!, CultureInfo.InvariantCulture), 1, 2);

        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("id-ID");
        await using var bunit = new BunitContext();
        bunit.Services.AddSingleton(host.Services.GetRequiredService<IOutboxReader>());
        bunit.Services.AddSingleton(host.Services.GetRequiredService<IApplicationReader>());
        bunit.Services.AddSingleton(host.Services.GetRequiredService<OutboxDispatcher>());
        bunit.Services.AddSingleton(host.Services.GetRequiredService<OutboxTrigger>());
        var panel = bunit.Render<FailedOutboxPanel>();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("tr[data-outbox]")), Timeout);
        var permitRow = panel.FindAll("tr[data-outbox]").Single(r => r.TextContent.Contains("Surat izin", StringComparison.Ordinal));
        Assert.Contains(app.RegistrationNumber, permitRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Belum ada templat surat izin", permitRow.TextContent, StringComparison.Ordinal);

        await File.WriteAllTextAsync(template, kept);
        await permitRow.QuerySelector("button")!.ClickAsync(new());

        await Poll.UntilAsync(
            async () =>
            {
                var documents = await anonymous.GetFromJsonAsync<JsonArray>($"/api/applications/{app.Id}/documents?token={Uri.EscapeDataString(app.TrackingToken)}");
                return documents!.Any(d => (string?)d!["kind"] == "Permit");
            },
            Timeout);

        // The mail that waited for the permit is sent again the same way.
        foreach (var button in panel.FindAll("tr[data-outbox] button").ToList())
        {
            await button.ClickAsync(new());
        }

        await Poll.UntilAsync(async () => (string?)(await HealthAsync(anonymous))["status"] == "Healthy", Timeout);
    }

    private static async Task<JsonObject> HealthAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/health"))!;

    private static string CopyTemplates()
    {
        var copy = Directory.CreateTempSubdirectory("mpp-templates-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Workflows, "templates"), "*.json"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private async Task<DesignerHost> StartAsync(string templates)
    {
        var host = NewHost();
        host.Settings["Documents:TemplatesDirectory"] = templates;
        host.Settings["Mail:BaseRetryDelay"] = "00:00:00.1";
        host.Settings["Mail:MaxAttempts"] = "2";
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    public sealed class OnSqlite : PermitGuaranteeTests
    {
        protected override DesignerHost NewHost() => new SqliteHost();
    }

    public sealed class OnPostgres : PermitGuaranteeTests
    {
        protected override DesignerHost NewHost() => new PostgresHost();
    }
}
