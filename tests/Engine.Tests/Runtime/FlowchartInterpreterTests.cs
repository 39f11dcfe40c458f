using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Tests.Runtime;

public sealed class FlowchartInterpreterTests
{
    private readonly FlowchartInterpreter _interpreter = new(new JintExpressionEvaluator());

    private static Func<ExpressionScope> Data(string json) => () => new ExpressionScope(json, "{}", "{}");

    private ExecutionEffects Start(Mpp.Workflows.Definitions.Model.Flowchart flow, ExecutionState state, string data = "{}") =>
        _interpreter.Run(flow, state, [new PendingToken("start", null)], Data(data));

    // start ──► check ──Ok──► end(Approved)
    [Fact]
    public void Run_StopsAtFirstHumanTask_AndBookmarksIt()
    {
        var flow = new Flow().Start().Task("check", "DPMPTSP", "Ok").End("end", "Approved")
            .Connect("start", "Done", "check").Connect("check", "Ok", "end").Build();
        var state = new ExecutionState();

        var effects = Start(flow, state);

        var task = Assert.Single(effects.NewTasks);
        Assert.Equal("check", task.Node.Id);
        Assert.Equal("DPMPTSP", task.Spec.Office);
        Assert.Equal(task.Id, Assert.Single(state.Bookmarks).Id);
        Assert.Null(effects.Result);
    }

    [Fact]
    public void Resume_ThroughOutcome_ReachesEnd_WithItsResult()
    {
        var flow = new Flow().Start().Task("check", "DPMPTSP", "Ok", "No").End("ok", "Approved").End("no", "Rejected")
            .Connect("start", "Done", "check").Connect("check", "Ok", "ok").Connect("check", "No", "no").Build();
        var state = new ExecutionState();
        Start(flow, state);

        var effects = _interpreter.Resume(flow, state, state.Bookmarks[0], "No", Data("{}"));

        Assert.Equal("Rejected", effects.Result);
        Assert.Empty(state.Bookmarks);
    }

    // start ──► big? ──True──► dlh
    //                └─False─► pupr
    [Theory]
    [InlineData("{\"luasLantai\": 500}", "dlh")]
    [InlineData("{\"luasLantai\": 90}", "pupr")]
    public void Decision_RoutesOnApplicationData(string data, string expectedTask)
    {
        var flow = new Flow().Start().Decision("big", "application.luasLantai > 300").Task("dlh", "DLH", "Ok").Task("pupr", "PUPR", "Ok")
            .Connect("start", "Done", "big").Connect("big", "True", "dlh").Connect("big", "False", "pupr").Build();

        var effects = Start(flow, new ExecutionState(), data);

        Assert.Equal(expectedTask, Assert.Single(effects.NewTasks).Node.Id);
    }

    // start ──► fork ─a─► pupr ──Ok──► join(WaitAll) ──► sign
    //                └b─► dlh  ──Ok──┘
    [Fact]
    public void JoinWaitAll_ContinuesOnlyAfterEveryBranchArrived()
    {
        var flow = ForkJoin("WaitAll");
        var state = new ExecutionState();
        var started = Start(flow, state);
        Assert.Equal(["pupr", "dlh"], started.NewTasks.Select(t => t.Node.Id));

        var first = _interpreter.Resume(flow, state, state.Bookmarks.Single(b => b.ActivityId == "pupr"), "Ok", Data("{}"));
        Assert.Empty(first.NewTasks);

        var second = _interpreter.Resume(flow, state, state.Bookmarks.Single(b => b.ActivityId == "dlh"), "Ok", Data("{}"));
        Assert.Equal("sign", Assert.Single(second.NewTasks).Node.Id);
        Assert.Empty(state.JoinArrivals);
    }

    [Fact]
    public void JoinWaitAny_ContinuesOnFirstArrival_AndCancelsTheOtherBranch()
    {
        var flow = ForkJoin("WaitAny");
        var state = new ExecutionState();
        var started = Start(flow, state);
        var dlhTask = started.NewTasks.Single(t => t.Node.Id == "dlh").Id;

        var effects = _interpreter.Resume(flow, state, state.Bookmarks.Single(b => b.ActivityId == "pupr"), "Ok", Data("{}"));

        Assert.Equal("sign", Assert.Single(effects.NewTasks).Node.Id);
        Assert.Equal([dlhTask], effects.CancelledTasks);
        Assert.Equal(["sign"], state.Bookmarks.Select(b => b.ActivityId));
    }

    // start ──► fork ─a─► pupr ──Ok──► end(Rejected)
    //                └b─► dlh
    [Fact]
    public void End_CancelsEveryOpenTask()
    {
        var flow = new Flow().Start().Fork("fork", "a", "b").Task("pupr", "PUPR", "Ok").Task("dlh", "DLH", "Ok").End("end", "Rejected")
            .Connect("start", "Done", "fork").Connect("fork", "a", "pupr").Connect("fork", "b", "dlh").Connect("pupr", "Ok", "end").Build();
        var state = new ExecutionState();
        var started = Start(flow, state);

        var effects = _interpreter.Resume(flow, state, state.Bookmarks.Single(b => b.ActivityId == "pupr"), "Ok", Data("{}"));

        Assert.Equal("Rejected", effects.Result);
        Assert.Equal([started.NewTasks.Single(t => t.Node.Id == "dlh").Id], effects.CancelledTasks);
        Assert.Empty(state.Bookmarks);
    }

    // start ──► check ──Back──► revise ──Resubmitted──► check
    [Fact]
    public void Revision_WaitsForApplicant_WithTheReviewersCommentAsReasons()
    {
        var flow = new Flow().Start().Task("check", "DPMPTSP", "Back", "Ok").Revision("revise").End("end", "Approved")
            .Connect("start", "Done", "check").Connect("check", "Back", "revise").Connect("revise", "Resubmitted", "check")
            .Connect("check", "Ok", "end").Build();
        var state = new ExecutionState();
        Start(flow, state);
        state.LastComment = "Scan STR tidak terbaca";

        var returned = _interpreter.Resume(flow, state, state.Bookmarks[0], "Back", Data("{}"));
        Assert.True(returned.ReturnedToApplicant);
        Assert.Equal("Scan STR tidak terbaca", state.RevisionReasons);

        var resubmitted = _interpreter.Resume(flow, state, state.Bookmarks.Single(), "Resubmitted", Data("{}"));
        Assert.Equal("check", Assert.Single(resubmitted.NewTasks).Node.Id);
    }

    [Theory]
    [InlineData("application.nothing.deeper", "gagal")]
    [InlineData("(function f(){ while(true){} })()", "")]
    [InlineData("System.IO.File.Exists('/etc/passwd')", "gagal")]
    public void FailingCondition_FaultsAtTheDecision_KeepingTheTokenForRetry(string condition, string expectedWord)
    {
        var flow = new Flow().Start().Decision("d", condition).Task("t", "DPMPTSP", "Ok")
            .Connect("start", "Done", "d").Connect("d", "True", "t").Connect("d", "False", "t").Build();
        var state = new ExecutionState();

        var effects = Start(flow, state);

        var fault = Assert.IsType<ExecutionFault>(effects.Fault);
        Assert.Equal("d", fault.ActivityId);
        Assert.Contains(expectedWord, fault.Message, StringComparison.Ordinal);
        Assert.Equal("d", Assert.Single(fault.PendingTokens).ActivityId);
        Assert.Empty(effects.NewTasks);
    }

    [Fact]
    public void ScriptedTaskTitle_IsCutTo200Characters_WithAnEllipsis()
    {
        var flow = new Flow().Start().TaskTitled("t", "DPMPTSP", "'T'.repeat(999999)", "Ok").Connect("start", "Done", "t").Build();

        var title = Assert.Single(Start(flow, new ExecutionState()).NewTasks).Title;

        Assert.Equal(HumanTaskExecutor.MaxTitleLength, title.Length);
        Assert.Equal(new string('T', HumanTaskExecutor.MaxTitleLength - 1) + "…", title);
    }

    [Fact]
    public void ScriptedTaskTitle_WithinTheLimit_IsKept()
    {
        var flow = new Flow().Start().TaskTitled("t", "DPMPTSP", "'Periksa ' + application.nama", "Ok").Connect("start", "Done", "t").Build();

        Assert.Equal("Periksa Budi", Assert.Single(Start(flow, new ExecutionState(), "{\"nama\":\"Budi\"}").NewTasks).Title);
    }

    [Fact]
    public void RetryAfterFault_RunsThePendingTokens()
    {
        var flow = new Flow().Start().Decision("d", "application.ok === true").Task("yes", "DPMPTSP", "Ok").Task("no", "DPMPTSP", "Ok")
            .Connect("start", "Done", "d").Connect("d", "True", "yes").Connect("d", "False", "no").Build();
        var state = new ExecutionState();

        var retried = _interpreter.Run(flow, state, [new PendingToken("d", "start")], Data("{\"ok\": true}"));

        Assert.Equal("yes", Assert.Single(retried.NewTasks).Node.Id);
    }

    private static Mpp.Workflows.Definitions.Model.Flowchart ForkJoin(string mode) =>
        new Flow().Start().Fork("fork", "a", "b").Task("pupr", "PUPR", "Ok").Task("dlh", "DLH", "Ok").Join("join", mode).Task("sign", "DPMPTSP", "Ok")
            .Connect("start", "Done", "fork").Connect("fork", "a", "pupr").Connect("fork", "b", "dlh")
            .Connect("pupr", "Ok", "join").Connect("dlh", "Ok", "join").Connect("join", "Done", "sign").Build();
}
