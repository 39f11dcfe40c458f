using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Sqlite;

namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>A fresh database file in a temporary folder, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly List<SqliteWorkflowStore> _stores = [];

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("mpp-sqlite-").FullName;

    public string DatabasePath => Path.Combine(Directory, "store.db");

    public override IWorkflowStore CreateStore()
    {
        var store = SqliteWorkflowStore.ForFile(DatabasePath);
        _stores.Add(store);
        return store;
    }

    public override Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;
}
