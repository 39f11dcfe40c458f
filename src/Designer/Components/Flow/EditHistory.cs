namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// The designer's undo and redo: snapshots of the definition document, the newest on top. The first snapshot is the
/// document as it was opened, so there is something to undo only once a second one exists.
/// </summary>
public sealed class EditHistory
{
    private readonly Stack<string> _undo = new();
    private readonly Stack<string> _redo = new();

    public bool CanUndo => _undo.Count > 1;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>Keeps <paramref name="snapshot"/> unless it equals the newest one; a new edit forgets what could be redone.</summary>
    public void Record(string snapshot)
    {
        if (_undo.Count == 0 || _undo.Peek() != snapshot)
        {
            _undo.Push(snapshot);
            _redo.Clear();
        }
    }

    /// <summary>The snapshot before the newest, or null when there is none.</summary>
    public string? Undo()
    {
        if (!CanUndo)
        {
            return null;
        }

        _redo.Push(_undo.Pop());
        return _undo.Peek();
    }

    /// <summary>The snapshot last undone, or null when there is none.</summary>
    public string? Redo()
    {
        if (!CanRedo)
        {
            return null;
        }

        var snapshot = _redo.Pop();
        _undo.Push(snapshot);
        return snapshot;
    }
}
