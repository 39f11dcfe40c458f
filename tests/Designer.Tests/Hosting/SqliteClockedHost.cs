namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary><see cref="ClockedHost"/> on SQLite.</summary>
public sealed class SqliteClockedHost : ClockedHost
{
    protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());
}
