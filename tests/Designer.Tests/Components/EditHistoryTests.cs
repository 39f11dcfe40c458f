using Mpp.Workflows.Designer.Components.Flow;

namespace Mpp.Workflows.Designer.Tests.Components;

public sealed class EditHistoryTests
{
    [Fact]
    public void TheOpenedDocumentCannotBeUndone()
    {
        var history = new EditHistory();
        history.Record("opened");

        Assert.False(history.CanUndo);
        Assert.Null(history.Undo());
        Assert.False(history.CanRedo);
    }

    [Fact]
    public void UndoAndRedo_WalkTheSnapshots_AndANewEditForgetsTheRedo()
    {
        var history = new EditHistory();
        history.Record("a");
        history.Record("b");
        history.Record("b");
        history.Record("c");

        Assert.Equal("b", history.Undo());
        Assert.Equal("a", history.Undo());
        Assert.Null(history.Undo());
        Assert.Equal("b", history.Redo());

        history.Record("d");

        Assert.False(history.CanRedo);
        Assert.Equal("b", history.Undo());
    }

    [Fact]
    public void EachStep_CarriesTheActionItUndoesOrRedoes()
    {
        var history = new EditHistory();
        history.Record("opened");
        history.Record("without check", "Langkah Periksa dihapus.");
        history.Record("moved", "Langkah Mulai dipindahkan.");

        Assert.Equal(new HistoryStep("without check", "Langkah Mulai dipindahkan."), history.UndoStep());
        Assert.Equal(new HistoryStep("opened", "Langkah Periksa dihapus."), history.UndoStep());
        Assert.Null(history.UndoStep());
        Assert.Equal(new HistoryStep("without check", "Langkah Periksa dihapus."), history.RedoStep());
        Assert.Equal(new HistoryStep("moved", "Langkah Mulai dipindahkan."), history.RedoStep());
        Assert.Null(history.RedoStep());
    }

    [Fact]
    public void ARepeatedSnapshotIsNotAStep()
    {
        var history = new EditHistory();
        Assert.True(history.Record("a"));
        Assert.False(history.Record("a", "nothing moved"));
        Assert.False(history.CanUndo);
    }

    [Fact]
    public void OnlyTheNewestCapacitySnapshotsAreKept()
    {
        var history = new EditHistory();
        for (var i = 0; i <= EditHistory.Capacity + 10; i++)
        {
            history.Record(i.ToString(CultureInfo.InvariantCulture));
        }

        var undone = 0;
        string? oldest = null;
        while (history.Undo() is { } snapshot)
        {
            (oldest, undone) = (snapshot, undone + 1);
        }

        Assert.Equal(EditHistory.Capacity - 1, undone);
        Assert.Equal("11", oldest);
    }
}
