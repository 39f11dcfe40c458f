namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>The host on its embedded default: SQLite in the temporary data directory.</summary>
public sealed class SqliteHost : DesignerHost
{
    protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
}
