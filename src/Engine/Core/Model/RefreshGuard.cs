namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// For what a host holds in memory and also reloads from the store: changes made here are counted, so a reload whose read
/// of the store began before one of them (and may hold the state from before it) is recognised and dropped instead of
/// putting the old state back.
/// </summary>
internal sealed class RefreshGuard
{
    private readonly Lock _gate = new();
    private long _changes;

    /// <summary>Makes a local change (after the store has committed it).</summary>
    public void Change(Action change)
    {
        lock (_gate)
        {
            change();
            _changes++;
        }
    }

    /// <summary>Taken before reading the store, and given back to <see cref="TryApply"/>.</summary>
    public long Stamp()
    {
        lock (_gate)
        {
            return _changes;
        }
    }

    /// <summary>Applies what was read, unless a local change was made since <paramref name="stamp"/>; whether it applied.</summary>
    public bool TryApply(long stamp, Action apply)
    {
        lock (_gate)
        {
            if (_changes != stamp)
            {
                return false;
            }

            apply();
            return true;
        }
    }
}
