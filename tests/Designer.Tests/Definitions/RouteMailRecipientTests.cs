using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A route's mail goes to the applicant or to an address in a domain the host allows (<c>Engine:Mail:AllowedRecipientDomains</c>):
/// a draft that writes to anyone else, computes its recipient while no domain is allowed, or mails the receipt to anyone but
/// the applicant is saved with errors in Indonesian and refused at publishing; the shipped routes stay valid.
/// </summary>
public abstract class RouteMailRecipientTests(DesignerHost host, DesignerHost regencyHost)
{
    [Fact]
    public async Task WithoutAllowedDomains_AnOutsideAddress_OrAFormula_IsAnError_AndPublishingIsRefused()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = await SipCopyAsync(analyst, "sip-surel-luar");
        Mail(document)["to"] = Literal("pengumpul@contoh-luar.com");

        var saved = await SaveAsync(analyst, "sip-surel-luar", document);
        Assert.False((bool)saved["valid"]!);
        var error = Assert.Single(saved["errors"]!.AsArray(), e => ((string)e!["code"]!).StartsWith("mail.", StringComparison.Ordinal))!;
        Assert.Equal(("mail.recipient-not-allowed", "email-permit"), ((string?)error["code"], (string?)error["activityId"]));
        using var publish = await analyst.PostAsync("/api/definitions/sip-surel-luar/publish", null);
        var problem = await Problems.AssertProblemAsync(publish, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(Problems.ErrorKeys(problem), k => k.EndsWith("].to", StringComparison.Ordinal));

        var text = await FindingTextAsync(analyst, document, "mail.recipient-not-allowed");
        Assert.Contains("«Kirim izin ke pemohon» mengirim surel ke «pengumpul@contoh-luar.com»", text, StringComparison.Ordinal);
        Assert.Contains("belum ada", text, StringComparison.Ordinal);

        Mail(document)["to"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'x@contoh-luar.com'" } };
        Assert.Contains("tidak boleh dihitung dengan rumus", await FindingTextAsync(analyst, document, "mail.recipient-script"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAllowedDomains_TheShippedRoutes_AndMailToTheApplicant_AreValid()
    {
        using var analyst = await host.ClientAsync("analyst");
        foreach (var route in new[] { "sip-dokter", "sip-dokter-perpanjangan", "reklame", "pbg" })
        {
            var document = await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{route}?version=published");
            using var response = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
            var result = await Problems.ReadObjectAsync(response);
            Assert.True((bool)result["valid"]!, $"{route}: {result}");
        }

        var copy = await SipCopyAsync(analyst, "sip-surel-pemohon");
        Mail(copy)["to"] = Literal("  ");
        var saved = await SaveAsync(analyst, "sip-surel-pemohon", copy);
        Assert.True((bool)saved["valid"]!, saved.ToJsonString());
    }

    [Fact]
    public async Task WithAnAllowedDomain_ItsAddressesOnly_AndNeverTheReceipt()
    {
        using var analyst = await regencyHost.ClientAsync("analyst");
        var document = await SipCopyAsync(analyst, "sip-surel-dinas");

        Mail(document)["to"] = Literal("arsip@pemkab.go.id");
        Assert.Empty(await MailCodesAsync(analyst, document));

        Mail(document)["to"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'arsip@pemkab.go.id'" } };
        Assert.Empty(await MailCodesAsync(analyst, document));

        foreach (var outside in new[] { "arsip@pemkab.go.id.contoh-luar.com", "luar@contoh-luar.com, arsip@pemkab.go.id", "Arsip <luar@contoh-luar.com>", "arsip@sub.pemkab.go.id" })
        {
            Mail(document)["to"] = Literal(outside);
            Assert.Equal(["mail.recipient-not-allowed"], await MailCodesAsync(analyst, document));
        }

        Mail(document)["to"] = Literal("arsip@PEMKAB.go.id");
        Mail(document)["attachments"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = new JsonArray("Permit", "Receipt") } };
        Assert.Equal(["mail.receipt-to-other"], await MailCodesAsync(analyst, document));
        Assert.Contains("tanda terima hanya dikirim ke pemohon", await FindingTextAsync(analyst, document, "mail.receipt-to-other"), StringComparison.Ordinal);
        var saved = await SaveAsync(analyst, "sip-surel-dinas", document);
        Assert.False((bool)saved["valid"]!);
    }

    private static JsonObject Literal(string value) =>
        new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    private static JsonObject Mail(JsonObject document) =>
        document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "email-permit")!.AsObject();

    /// <summary>A copy of the SIP route made as the studio makes one (its permit comes along), returned as its draft.</summary>
    private static async Task<JsonObject> SipCopyAsync(HttpClient analyst, string id)
    {
        var code = string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0])));
        using var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = id, ["name"] = $"Salinan SIP {id}", ["serviceCode"] = code, ["copyFrom"] = "sip-dokter" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var document = await analyst.GetFromJsonAsync<JsonObject>($"/api/definitions/{id}");
        document!.Remove("studio");
        return document;
    }

    private static async Task<JsonObject> SaveAsync(HttpClient analyst, string id, JsonObject document)
    {
        using var response = await analyst.PutAsJsonAsync($"/api/definitions/{id}/draft", document);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Problems.ReadObjectAsync(response);
    }

    private static async Task<IReadOnlyList<string>> MailCodesAsync(HttpClient analyst, JsonObject document)
    {
        using var response = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        var result = await Problems.ReadObjectAsync(response);
        return [.. result["errors"]!.AsArray().Select(e => (string)e!["code"]!).Where(c => c.StartsWith("mail.", StringComparison.Ordinal))];
    }

    private static async Task<string> FindingTextAsync(HttpClient analyst, JsonObject document, string code)
    {
        using var response = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        var result = await Problems.ReadObjectAsync(response);
        return (string)result["errors"]!.AsArray().Single(e => (string?)e!["code"] == code)!["text"]!;
    }

    /// <summary>The host of a regency that lets routes mail its own domain, <c>pemkab.go.id</c>.</summary>
    public abstract class RegencyHost : DesignerHost
    {
        protected RegencyHost() => Settings["Engine:Mail:AllowedRecipientDomains:0"] = "@Pemkab.go.id";
    }

    public sealed class SqliteRegencyHost : RegencyHost
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
    }

    public sealed class PostgresRegencyHost : RegencyHost
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("regency");
    }

    public sealed class OnSqlite(SqliteHost host, SqliteRegencyHost regency)
        : RouteMailRecipientTests(host, regency), IClassFixture<SqliteHost>, IClassFixture<SqliteRegencyHost>;

    public sealed class OnPostgres(PostgresHost host, PostgresRegencyHost regency)
        : RouteMailRecipientTests(host, regency), IClassFixture<PostgresHost>, IClassFixture<PostgresRegencyHost>;
}
