using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Definitions;

/// <summary>
/// A route with statutory days needs a task that marks the file complete, or its clock (and deemed approval) never runs: the
/// blank route's completeness check marks it, and unticking it is a warning in Indonesian on the statutory setting.
/// </summary>
public abstract class StatutoryClockCheckTests(DesignerHost host)
{
    [Fact]
    public async Task WithoutATaskMarkingTheFileComplete_TheStatutoryDaysAreWarnedOf()
    {
        using var analyst = await host.ClientAsync("analyst");
        using (var created = await analyst.PostAsJsonAsync(
            "/api/definitions", new JsonObject { ["definitionId"] = "izin-jam", ["name"] = "Izin Jam", ["serviceCode"] = "IJM" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/izin-jam"))!;
        document["options"]!["statutoryDays"] = 7;
        document["options"]!["onStatutoryDeadline"] = "DeemApprove";
        Assert.Empty(await WarningsAsync(analyst, document));

        var check = document["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "periksa-kelengkapan-berkas")!;
        check["marksComplete"]!["expression"]!["value"] = false;
        var warning = Assert.Single(await WarningsAsync(analyst, document));
        Assert.Equal("$.options.statutoryDays", (string?)warning["path"]);
        Assert.Contains("belum ada tugas yang «Menandai berkas lengkap»", (string)warning["text"]!, StringComparison.Ordinal);
    }

    private static async Task<List<JsonObject>> WarningsAsync(HttpClient analyst, JsonObject document)
    {
        using var response = await analyst.PostAsJsonAsync("/api/definitions/validate", document);
        var result = await Problems.ReadObjectAsync(response);
        return [.. result["warnings"]!.AsArray().Select(w => w!.AsObject()).Where(w => (string?)w["code"] == "route.statutory-never-starts")];
    }

    public sealed class OnSqlite(SqliteHost host) : StatutoryClockCheckTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : StatutoryClockCheckTests(host), IClassFixture<PostgresHost>;
}
