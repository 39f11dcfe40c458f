using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// Two hosts on one PostgreSQL are one deployment for an admin too: a holiday or an office time zone changed through one
/// host counts on the other within 10 seconds. The second host runs no job server, so nothing but its own refresh (not the
/// recurring timer sweep, which runs on one host only) can bring it the change.
/// </summary>
public sealed class SharedSettingsTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    private static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task HolidayAndOfficeZoneChangedOnOneHost_CountOnAnotherWithinTenSeconds()
    {
        var connectionString = await (await PostgresTestServer.GetAsync()).CreateDatabaseAsync("shared_settings");
        await using var first = await StartAsync(connectionString, jobServer: true);
        await using var second = await StartAsync(connectionString, jobServer: false);
        using var admin = await first.ClientAsync("admin");

        // The front office's task of an application filed now (Monday 3 August 2026 on the hosts' clock) is due on a working
        // day; that day becomes a holiday.
        var before = await FirstTaskDueAsync(second);
        var dueDay = DateOnly.FromDateTime(before.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var calendar = (await admin.GetFromJsonAsync<JsonObject>("/api/calendars/2026"))!;
        calendar.Remove("updatedAt");
        calendar.Remove("updatedBy");
        calendar["holidays"]!.AsArray().Add(new JsonObject { ["date"] = dueDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["name"] = "Cuti bersama (uji)", ["kind"] = "CutiBersama" });
        using (var put = await admin.PutAsJsonAsync("/api/calendars/2026", calendar))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await Poll.UntilAsync(
            async () => await FirstTaskDueAsync(second) > before,
            Within,
            async () => $"The other host still counts {dueDay:yyyy-MM-dd} as a working day: due {await FirstTaskDueAsync(second):O}.");
        var afterHoliday = await FirstTaskDueAsync(second);

        // The front office's clock runs in DPMPTSP's zone: moved to WIT (UTC+9), its working day ends two hours earlier in UTC.
        var office = (await admin.GetFromJsonAsync<JsonObject>("/api/admin/offices/DPMPTSP"))!;
        using (var put = await admin.PutAsJsonAsync("/api/admin/offices/DPMPTSP", new { name = (string)office["name"]!, timeZone = "Asia/Jayapura", roles = office["roles"] }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await Poll.UntilAsync(
            async () => await FirstTaskDueAsync(second) != afterHoliday,
            Within,
            async () => $"The other host still counts the front office's task in its old zone: due {await FirstTaskDueAsync(second):O}.");
    }

    private static async Task<DateTimeOffset> FirstTaskDueAsync(DesignerHost host)
    {
        var view = await host.GetApplicationAsync((await host.SubmitAsync("sip-dokter", SampleData.Sip())).Id);
        return DateTimeOffset.Parse((string)view["openTasks"]![0]!["dueAt"]!, CultureInfo.InvariantCulture);
    }

    private static async Task<SharedClockedHost> StartAsync(string connectionString, bool jobServer)
    {
        var host = new SharedClockedHost(connectionString);
        host.Settings["Engine:TrackingTokenSecret"] = Secret;
        host.Settings["Jobs:Server"] = jobServer ? "true" : "false";
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    /// <summary>A host with the test clock on a given database and a data directory of its own, as a second machine would have.</summary>
    private sealed class SharedClockedHost(string connectionString) : ClockedHost, IAsyncDisposable
    {
        protected override Task ConfigureStorageAsync(TestHostBuilder host)
        {
            host.With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", connectionString);
            return Task.CompletedTask;
        }

        public new async ValueTask DisposeAsync() => await ((IAsyncLifetime)this).DisposeAsync();
    }
}
