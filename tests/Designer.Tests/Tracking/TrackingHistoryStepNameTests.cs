using System.Text.RegularExpressions;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Tracking;

/// <summary>
/// The applicant's history on <c>/track/{number}?token=…</c> names the step each entry happened at, as the route version the
/// file runs on names it, and never shows a step's id.
/// </summary>
public abstract partial class TrackingHistoryStepNameTests(DesignerHost host)
{
    [Fact]
    public async Task TrackingHistory_NamesTheStep_NotJustBerkasMasukKeTahap_AndNeverAnActivityId()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        await host.DecideAsync(app, "check-completeness", "Lengkap");
        using var client = host.CreateClient();

        var html = await client.GetStringAsync(
            $"/track/{Uri.EscapeDataString(app.RegistrationNumber)}?token={Uri.EscapeDataString(app.TrackingToken)}");

        var history = Text(Regex.Match(html, "<table[^>]*data-testid=\"history\".*?</table>", RegexOptions.Singleline).Value);
        Assert.Contains("Berkas masuk ke tahap Pemeriksaan kelengkapan berkas", history, StringComparison.Ordinal);
        Assert.Contains("Tahap diselesaikan: Pemeriksaan kelengkapan berkas", history, StringComparison.Ordinal);
        Assert.Contains("Berkas masuk ke tahap Verifikasi berkas oleh petugas", history, StringComparison.Ordinal);
        Assert.DoesNotContain("check-completeness", history, StringComparison.Ordinal);
        Assert.DoesNotContain("verify-file", history, StringComparison.Ordinal);
    }

    private static string Text(string html) =>
        WhiteSpace().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public sealed class OnSqlite(SqliteHost host) : TrackingHistoryStepNameTests(host), IClassFixture<SqliteHost>;

    public sealed class OnPostgres(PostgresHost host) : TrackingHistoryStepNameTests(host), IClassFixture<PostgresHost>;
}
