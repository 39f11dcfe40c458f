namespace Mpp.Workflows.Designer.Observability;

/// <summary>
/// Whether the store's schema is migrated: set by the store initializer when its migrations have run, so readiness
/// (<c>/health/ready</c>) fails until then, while liveness already answers.
/// </summary>
internal sealed class StoreReadiness
{
    private volatile bool _migrated;

    public bool IsMigrated => _migrated;

    public void MarkMigrated() => _migrated = true;
}
