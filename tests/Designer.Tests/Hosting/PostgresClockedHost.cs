namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary><see cref="ClockedHost"/> on a new PostgreSQL database.</summary>
public sealed class PostgresClockedHost : ClockedHost
{
    protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("clocks");
}
