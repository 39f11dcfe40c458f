using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Activities;

public sealed class ActivityExecutorsTests
{
    [Fact]
    public void EveryCatalogType_HasExactlyOneExecutor()
    {
        var types = ActivityCatalog.Default.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal);

        Assert.Equal(types, ActivityExecutors.All.Select(e => e.Type).Order(StringComparer.Ordinal));
        Assert.All(ActivityCatalog.Default.Descriptors, d => Assert.NotNull(ActivityExecutors.Default.Find(d.Type)));
    }

    [Fact]
    public void ACatalogTypeWithoutExecutor_FailsAtStartUp()
    {
        var withoutDelay = ActivityExecutors.All.Where(e => e.Type != ActivityTypes.Delay);

        var error = Assert.Throws<InvalidOperationException>(() => new ActivityExecutors(withoutDelay, ActivityCatalog.Default));

        Assert.Contains(ActivityTypes.Delay, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExecutorWithoutDescriptor_OrTwoExecutorsForOneType_FailAtStartUp()
    {
        Assert.Throws<InvalidOperationException>(() => new ActivityExecutors([.. ActivityExecutors.All, new UnknownExecutor()], ActivityCatalog.Default));
        Assert.Throws<InvalidOperationException>(() => new ActivityExecutors([.. ActivityExecutors.All, new DelayExecutor()], ActivityCatalog.Default));
    }

    [Fact]
    public void TimerKinds_AreHandledByTheExecutorOfTheActivityThatCreatesThem()
    {
        Assert.IsType<HumanTaskExecutor>(ActivityExecutors.Default.TimerHookFor(TimerKinds.TaskDeadline));
        Assert.IsType<HumanTaskExecutor>(ActivityExecutors.Default.TimerHookFor(TimerKinds.TaskReminder));
        Assert.IsType<ApplicantRevisionExecutor>(ActivityExecutors.Default.TimerHookFor(TimerKinds.RevisionExpiry));
        Assert.IsType<DelayExecutor>(ActivityExecutors.Default.TimerHookFor(TimerKinds.Delay));
        Assert.Null(ActivityExecutors.Default.TimerHookFor(TimerKinds.Statutory));
    }

    [Fact]
    public void Interpreter_SaysWhereAnOutcomeLeads_AndWhetherItReturnsToTheApplicant()
    {
        var definition = DefinitionJsonReader.Read(Commands.HandlerTestBase.Definition);
        var interpreter = new FlowchartInterpreter(new JintExpressionEvaluator());

        Assert.Equal(["fix"], interpreter.LeadsTo(definition.Root, "review", "Return").Select(n => n.Id));
        Assert.True(interpreter.ReturnsToApplicant(definition.Root, "review", "Return"));
        Assert.False(interpreter.ReturnsToApplicant(definition.Root, "review", "Approve"));
        Assert.Empty(interpreter.LeadsTo(definition.Root, "review", "NoSuchOutcome"));
    }

    private sealed class UnknownExecutor : IActivityExecutor
    {
        public string Type => "Mpp.NotInTheCatalog";

        public void Execute(ActivityRun run, ActivityNode node, PendingToken token)
        {
        }
    }
}
