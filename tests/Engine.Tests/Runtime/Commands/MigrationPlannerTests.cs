using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>The plan of a file with parallel branches (no store): which branch states can be placed in the new version.</summary>
public sealed class MigrationPlannerTests
{
    // start ──► fork ──a──► health ──┐
    //             └───b──► works ───┴──► join (WaitAll) ──► done
    private static WorkflowDefinition Version(int version, string health = "health", bool join = true)
    {
        var flow = new Flow().Start().Fork("fork", "a", "b").Task(health, "DINKES", "Ok").Task("works", "PUPR", "Ok").End("done", "Approved")
            .Connect("start", "Done", "fork").Connect("fork", "a", health).Connect("fork", "b", "works");
        flow = join
            ? flow.Join("join", "WaitAll").Connect(health, "Ok", "join").Connect("works", "Ok", "join").Connect("join", "Done", "done")
            : flow.Connect(health, "Ok", "done").Connect("works", "Ok", "done");
        return new WorkflowDefinition("flow", "parallel", "Parallel", null, version, true, true, [], new DefinitionOptions(), flow.Build());
    }

    private static InstanceRecord File() => new(
        Guid.NewGuid(), "P-1", "parallel", 1, ApplicationStatuses.InProgress, null, "{}", "{}", "{}", "hash", null, 3,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    /// <summary>Health decided already (arrived at the join); works still open.</summary>
    private static ExecutionState HalfJoined() => new()
    {
        Bookmarks = [new Bookmark(Guid.NewGuid(), "works", BookmarkKinds.Task)],
        JoinArrivals = { ["join"] = ["health"] },
        Outcomes = { ["health"] = "Ok" },
    };

    private static MigrationPlanner Planner(WorkflowDefinition to, params (string From, string? To)[] mapping) =>
        MigrationPlanner.Create(new MigrationCommand("parallel", 1, 2, mapping.ToDictionary(m => m.From, m => m.To)), Version(1), to);

    [Fact]
    public void Plan_HalfJoinedFile_MovesWhenTheArrivedBranchHasACounterpartFeedingTheJoin()
    {
        var plan = Planner(Version(2, health: "kesehatan"), ("health", "kesehatan")).Plan(File(), HalfJoined(), []);

        Assert.True(plan.CanMove, plan.Reason);
        Assert.Equal(("works", "works"), (Assert.Single(plan.Moves).Bookmark.ActivityId, plan.Moves[0].Target.Id));
    }

    [Fact]
    public void Plan_HalfJoinedFile_CannotMove_WhenTheArrivedBranchIsGone_OrTheJoinIs()
    {
        var renamed = Planner(Version(2, health: "kesehatan")).Plan(File(), HalfJoined(), []);
        var noJoin = Planner(Version(2, join: false)).Plan(File(), HalfJoined(), []);

        Assert.Equal((MigrationReasons.ParallelBranches, "join"), (renamed.Reason, renamed.ReasonStep?.Id));
        Assert.Equal((MigrationReasons.ParallelBranches, "join"), (noJoin.Reason, noJoin.ReasonStep?.Id));
    }

    [Fact]
    public void Plan_TwoOpenBranchesMappedOntoOneStep_CannotMove()
    {
        var state = new ExecutionState
        {
            Bookmarks = [new Bookmark(Guid.NewGuid(), "health", BookmarkKinds.Task), new Bookmark(Guid.NewGuid(), "works", BookmarkKinds.Task)],
        };

        var plan = Planner(Version(2), ("health", "works")).Plan(File(), state, []);

        Assert.Equal((MigrationReasons.ParallelBranches, "health"), (plan.Reason, plan.ReasonStep?.Id));
    }

    [Fact]
    public void Plan_FinishedFaultedAndOtherVersionFiles_CannotMove()
    {
        var planner = Planner(Version(2));

        Assert.Equal(MigrationReasons.Finished, planner.Plan(File() with { Status = ApplicationStatuses.Completed }, new ExecutionState(), []).Reason);
        Assert.Equal(MigrationReasons.Faulted, planner.Plan(File() with { Status = ApplicationStatuses.Faulted }, new ExecutionState(), []).Reason);
        Assert.Equal(MigrationReasons.NotOnVersion, planner.Plan(File() with { DefinitionVersion = 2 }, new ExecutionState(), []).Reason);
    }
}
