
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>
/// One database per test class. <see cref="Store"/> and <see cref="OtherStore"/> are two store objects on it, standing in
/// for two hosts that share the database; every test writes rows with fresh ids so the tests of a class do not interfere.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private IWorkflowStore? _store;
    private IWorkflowStore? _otherStore;

    public IWorkflowStore Store => _store ?? throw new InvalidOperationException("The fixture is not initialised.");

    public IWorkflowStore OtherStore => _otherStore ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A further store object on the same database, not yet initialised.</summary>
    public abstract IWorkflowStore CreateStore();

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        _store = CreateStore();
        _otherStore = CreateStore();
        await Store.InitializeAsync(CancellationToken.None);
    }

    public abstract Task DisposeAsync();

    protected abstract Task CreateDatabaseAsync();
}
