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
}
