using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Microsoft.AspNetCore.Components.Web;

namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>
/// The editor's diagram-tool operations: layered layout, fit, search, copy and paste, undo and redo of every change
/// (moves and deletes included), drops that never overlap, and the keyboard (arrows between steps, Delete, shortcuts,
/// connecting from a list), each announced in the page's live region for screen readers.
/// </summary>
public partial class DesignerEditor
{
    private ClipboardContent? _clipboard;
    private int _pastes;
    private string? _announcement;
    private bool _fromKeyboard;

    private IEnumerable<ActivityNodeModel> Steps() => Diagram.Nodes.OfType<ActivityNodeModel>();

    /// <summary>Wires what the editor listens to beyond the property panel; called once the diagram exists.</summary>
    private void SetUpEditing()
    {
        // Delete goes through DeleteSelectedAsync (one undo step, announced), not the library's own shortcut.
        Diagram.GetBehavior<KeyboardShortcutsBehavior>()?.RemoveShortcut("Delete", false, false, false);
        Diagram.Nodes.Added += OnNodeAdded;
    }

    private void TearDownEditing()
    {
        Diagram.Nodes.Added -= OnNodeAdded;
        foreach (var node in Diagram.Nodes)
        {
            node.Moved -= OnNodeMoved;
        }
    }

    private void OnNodeAdded(NodeModel node) => node.Moved += OnNodeMoved;

    /// <summary>A node dragged onto another goes to the nearest free place; every move is one undo step.</summary>
    private void OnNodeMoved(MovableModel model)
    {
        if (_loading || model is not ActivityNodeModel node)
        {
            return;
        }

        var aside = FlowPlacement.Separate(node, Steps());
        Sync();
        if (_document is not null && _history.Record(_document.ToJsonString(), Texts.Moved(node.Label)))
        {
            Announce(aside ? Texts.MovedAside(node.Label) : Texts.Moved(node.Label));
            _ = InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Keeps the roving Tab stop on the selected step (or the first one) and tells screen readers what is selected.</summary>
    private void OnSelectedForKeyboard()
    {
        var stop = _selected ?? Steps().FirstOrDefault();
        foreach (var node in Steps().Where(n => n.TabStop != (n == stop)))
        {
            node.TabStop = node == stop;
            node.Refresh();
        }

        if (_selected is not null)
        {
            Announce(Texts.Selected(_selected.Label));
        }
    }

    private void Announce(string text) => _announcement = text;

    private async Task OnCanvasKeyDown(KeyboardEventArgs e)
    {
        _fromKeyboard = true;
        var command = e.CtrlKey || e.MetaKey;
        switch (e.Key)
        {
            case "z" or "Z" when command && !e.ShiftKey:
                await UndoAsync();
                break;
            case "y" or "Y" when command:
            case "z" or "Z" when command && e.ShiftKey:
                await RedoAsync();
                break;
            case "c" or "C" when command:
                CopySelected();
                break;
            case "v" or "V" when command:
                await PasteAsync();
                break;
            case "Delete" or "Backspace" when !command:
                await DeleteSelectedAsync();
                break;
            case "ArrowUp":
                SelectNext(0, -1);
                break;
            case "ArrowDown":
                SelectNext(0, 1);
                break;
            case "ArrowLeft":
                SelectNext(-1, 0);
                break;
            case "ArrowRight":
                SelectNext(1, 0);
                break;
        }
    }

    private void SelectNext(int dx, int dy)
    {
        var current = _selected ?? Steps().FirstOrDefault();
        if (current is null)
        {
            return;
        }

        var next = _selected is null ? current : FlowNavigation.Next(Steps(), current, dx, dy);
        if (next is not null)
        {
            SelectAndShow(next, focus: true);
        }
    }

    /// <summary>Selects <paramref name="node"/>, pans it into the middle of the canvas and, for the keyboard, focuses it.</summary>
    private void SelectAndShow(ActivityNodeModel node, bool focus)
    {
        Diagram.SelectModel(node, unselectOthers: true);
        _selected = node;
        FlowNavigation.CentreOn(Diagram, node);
        if (focus)
        {
            // Arrows pressed faster than the browser renders: only the last step reached may take the focus, or a step
            // focused late (an earlier press's) would select itself again after it.
            foreach (var other in Steps().Where(s => s != node && s.FocusRequested))
            {
                other.FocusRequested = false;
            }
        }

        node.FocusRequested = focus;
        node.Refresh();
    }

    private Task OnSearchFoundAsync(ActivityNodeModel node)
    {
        SelectAndShow(node, focus: false);
        return Task.CompletedTask;
    }

    private void FitAll() => FlowNavigation.FitAll(Diagram);

    /// <summary>"Rapikan tata letak": every step placed by the layered layout, as one undo step, then the whole route shown.</summary>
    private async Task TidyAsync()
    {
        List<ActivityNodeModel> steps = [.. Steps()];
        var positions = FlowLayout.Layered(
            [.. steps.Select(n => { var size = FlowPlacement.SizeOf(n); return new LayoutNode(n.ActivityId, size.Width, size.Height); })],
            Diagram.Links.Select(FlowDiagram.Ends).OfType<(ActivityPortModel Source, ActivityPortModel Target)>()
                .Select(e => (e.Source.Activity.ActivityId, e.Target.Activity.ActivityId)));
        _loading = true;
        try
        {
            Diagram.Batch(() =>
            {
                foreach (var node in steps)
                {
                    if (positions.TryGetValue(node.ActivityId, out var at))
                    {
                        node.SetPosition(at.X, at.Y);
                    }
                }
            });
        }
        finally
        {
            _loading = false;
        }

        await RefreshAsync(record: true, Texts.LaidOut);
        FitAll();
        Announce(Texts.LaidOut);
    }

    private void CopySelected()
    {
        if (_selected is { } node && FlowClipboard.Copy(Diagram, [node]) is { } content)
        {
            (_clipboard, _pastes) = (content, 0);
            Announce(Texts.Copied(content.Steps.Count));
        }
    }

    private async Task PasteAsync()
    {
        if (_clipboard is null)
        {
            Announce(Texts.NothingToPaste);
            return;
        }

        IReadOnlyList<ActivityNodeModel> pasted;
        _loading = true;
        try
        {
            pasted = FlowClipboard.Paste(Diagram, _clipboard, _pastes++);
        }
        finally
        {
            _loading = false;
        }

        var action = Texts.Pasted(pasted.Count);
        await RefreshAsync(record: true, action);
        SelectAndShow(pasted[0], focus: false);
        Announce(action);
    }

    /// <summary>Removes the selected step with its connections as one undo step, and moves the keyboard to a neighbour.</summary>
    private async Task DeleteSelectedAsync()
    {
        if (_selected is not { } node)
        {
            return;
        }

        var neighbour = FlowNavigation.Next(Steps(), node, 0, -1) ?? Steps().FirstOrDefault(n => n != node);
        _loading = true;
        try
        {
            Diagram.Nodes.Remove(node);
        }
        finally
        {
            _loading = false;
        }

        _selected = null;
        var action = Texts.Deleted(node.Label);
        await RefreshAsync(record: true, action);
        if (neighbour is not null)
        {
            SelectAndShow(neighbour, focus: true);
        }

        Announce(action);
    }

    private async Task ConnectAsync((string Port, string Target) connection)
    {
        if (_selected is not { } node || node.OutPorts.FirstOrDefault(p => p.PortName == connection.Port) is not { } source
            || FlowDiagram.Find(Diagram, connection.Target) is not { } target)
        {
            return;
        }

        if (Diagram.Links.Any(l => FlowDiagram.Ends(l) is { } e && e.Source == source && e.Target.Activity == target))
        {
            Announce(Texts.ConnectionExists);
            return;
        }

        // An outcome leads to one step: connecting it elsewhere moves its connection (undo brings the old one back).
        var replaced = Diagram.Links.Where(l => FlowDiagram.Ends(l) is { } e && e.Source == source).ToList();
        _loading = true;
        try
        {
            foreach (var link in replaced)
            {
                Diagram.Links.Remove(link);
            }
        }
        finally
        {
            _loading = false;
        }

        Diagram.Links.Add(new LinkModel(source, target.InPort));
        var previous = replaced.Select(l => FlowDiagram.Ends(l)?.Target.Activity).FirstOrDefault(a => a is not null);
        var action = previous is null
            ? Texts.ConnectionAdded(Glossary.Outcome(connection.Port), node.Label, target.Label)
            : Texts.ConnectionMoved(Glossary.Outcome(connection.Port), node.Label, previous.Label, target.Label);
        await RefreshAsync(record: true, action);
        Announce(action);
    }

    private async Task RemoveConnectionAsync(PanelConnection connection)
    {
        if (_selected is { } node)
        {
            _loading = true;
            try
            {
                FlowDiagram.Disconnect(Diagram, node, connection);
            }
            finally
            {
                _loading = false;
            }

            var action = Texts.ConnectionRemoved(Glossary.Outcome(connection.Port), connection.TargetLabel);
            await RefreshAsync(record: true, action);
            Announce(action);
        }
    }

    private Task UndoAsync() => RestoreAsync(_history.UndoStep(), undo: true);

    private Task UndoFromToolbarAsync()
    {
        _fromKeyboard = false;
        return UndoAsync();
    }

    private Task RedoFromToolbarAsync()
    {
        _fromKeyboard = false;
        return RedoAsync();
    }

    private Task RedoAsync() => RestoreAsync(_history.RedoStep(), undo: false);

    private async Task RestoreAsync(HistoryStep? step, bool undo)
    {
        if (step is null)
        {
            return;
        }

        var selected = _selected?.ActivityId;
        Load((JsonObject)JsonNode.Parse(step.Snapshot)!);
        await RefreshAsync(record: false);
        if (selected is not null && FlowDiagram.Find(Diagram, selected) is { } again)
        {
            Diagram.SelectModel(again, unselectOthers: true);
            _selected = again;
        }

        OnSelectedForKeyboard();
        if (_fromKeyboard && (_selected ?? Steps().FirstOrDefault()) is { } focus)
        {
            // The focused step was redrawn; the keyboard stays on the canvas.
            focus.FocusRequested = true;
            focus.Refresh();
        }

        _fromKeyboard = false;
        Announce(undo ? Texts.Undone(step.Action) : Texts.Redone(step.Action));
    }

    /// <summary>Renames the selected step's id (typed, or made from its name); null when refused, else the id it now has.</summary>
    private string? RenameStep(string? text, bool fromName) =>
        _selected is not { } node ? null : StepIds.Rename(Diagram, node, fromName ? StepIds.FromName(Diagram, text, node) : text);
}
