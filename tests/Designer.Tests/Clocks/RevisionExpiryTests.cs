using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// The applicant has 14 working days to resubmit (<c>expiresAfterDays</c>): returned on Monday 3 August 2026, the file
/// leaves through <c>Expired</c> at the end of Monday 24 August (17 August is a holiday) and is withdrawn.
/// <code>check-completeness --TidakLengkap--> return-incomplete --Expired--> end-withdrawn</code>
/// </summary>
public abstract class RevisionExpiryTests(ClockedHost host)
{
    [Fact]
    public async Task Revision_NotResubmittedInTime_ExpiresAndIsWithdrawn()
    {
        var app = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var returned = await host.DecideAsync(app, "check-completeness", "TidakLengkap", comment: "KTP tidak terbaca");
        Assert.Equal(EndOfDay(8, 24), Instant(returned["clocks"]!["revision"]!["dueAt"]));

        await host.AdvanceToAsync(EndOfDay(8, 24).AddSeconds(-1));
        Assert.Equal("AwaitingApplicant", (string?)(await host.GetApplicationAsync(app.Id))["status"]);
        await host.AdvanceToAsync(EndOfDay(8, 24).AddSeconds(1));
        var final = await host.GetApplicationAsync(app.Id);

        Assert.Equal(("Completed", "Withdrawn"), ((string?)final["status"], (string?)final["result"]));
        Assert.Equal("system", (string?)Events(final, "RevisionExpired").Single()["actor"]);
    }

    public sealed class OnSqlite(SqliteClockedHost host) : RevisionExpiryTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : RevisionExpiryTests(host), IClassFixture<PostgresClockedHost>;
}
