namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>The host on PostgreSQL: a new database on the shared throwaway server for each test class.</summary>
public sealed class PostgresHost : DesignerHost
{
    protected override Task ConfigureStorageAsync(TestHostBuilder host) => host.OnPostgresAsync("host");
}
