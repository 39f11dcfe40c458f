namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// The designer's undo and redo: snapshots of the definition document, the newest on top, each with the action that
/// made it (what a screen reader hears when it is undone or redone). The first snapshot is the document as it was
/// opened, so there is something to undo only once a second one exists. At most <see cref="Capacity"/> snapshots are
/// kept; the oldest go first.
/// </summary>
public sealed class EditHistory
{
    public const int Capacity = 200;

    private readonly LinkedList<HistoryStep> _undo = new();
    private readonly Stack<HistoryStep> _redo = new();

    public bool CanUndo => _undo.Count > 1;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>
    /// Keeps <paramref name="snapshot"/>, made by <paramref name="action"/>, unless it equals the newest one; a new edit
    /// forgets what could be redone.
    /// </summary>
    /// <returns>Whether the snapshot was kept.</returns>
    public bool Record(string snapshot, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_undo.Last?.Value.Snapshot == snapshot)
        {
            return false;
        }

        _undo.AddLast(new HistoryStep(snapshot, action));
        _redo.Clear();
        while (_undo.Count > Capacity)
        {
            _undo.RemoveFirst();
        }

        return true;
    }

    /// <summary>The snapshot before the newest, or null when there is none.</summary>
    public string? Undo() => UndoStep()?.Snapshot;

    /// <summary>The snapshot last undone, or null when there is none.</summary>
    public string? Redo() => RedoStep()?.Snapshot;

    /// <summary>The snapshot to go back to, with the action it takes back; null when there is nothing to undo.</summary>
    public HistoryStep? UndoStep()
    {
        if (!CanUndo)
        {
            return null;
        }

        var undone = _undo.Last!.Value;
        _undo.RemoveLast();
        _redo.Push(undone);
        return new HistoryStep(_undo.Last!.Value.Snapshot, undone.Action);
    }

    /// <summary>The snapshot last undone, with the action it makes again; null when there is nothing to redo.</summary>
    public HistoryStep? RedoStep()
    {
        if (!CanRedo)
        {
            return null;
        }

        var step = _redo.Pop();
        _undo.AddLast(step);
        return step;
    }
}

/// <summary>A document snapshot and the action (in the analyst's words) that it undoes or redoes; null when unnamed.</summary>
public sealed record HistoryStep(string Snapshot, string? Action);
