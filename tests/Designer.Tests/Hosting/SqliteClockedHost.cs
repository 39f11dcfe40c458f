namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary><see cref="ClockedHost"/> on SQLite.</summary>
public sealed class SqliteClockedHost : ClockedHost
{
    protected override Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });
}
