using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>
/// The engine's runtime services wired by hand over a store (as <c>AddWorkflowEngine</c> wires them), so handler tests can
/// call one handler directly and observe the store.
/// </summary>
internal sealed class EngineTestHost
{
    public EngineTestHost(IWorkflowStore store, IExpressionEvaluator evaluator, TimeProvider? time = null, EngineOptions? engineOptions = null)
    {
        Store = store;
        Time = time ?? TimeProvider.System;
        var options = Options.Create(engineOptions ?? new EngineOptions());
        Interpreter = new FlowchartInterpreter(evaluator, ActivityExecutors.Default);
        Calendars = new CalendarBook(options);
        var definitions = new DefinitionProvider(store);
        var zones = new OfficeZones(store, options);
        var clockViews = new ClockViews(Calendars);
        Clocks = new ClockService(Calendars, zones, Interpreter, options, NullLogger<ClockService>.Instance);
        Queries = new ApplicationQueries(store, definitions, Calendars, clockViews, zones, Time);
        Pipeline = new CommandPipeline(store, new SweepOnlyTimerScheduler(), definitions, new EffectWriter(Clocks, NullLogger<EffectWriter>.Instance),
            Queries, Time, NullLogger<CommandPipeline>.Instance);
        var decisions = new TaskDecisions(Pipeline, Interpreter, Clocks);
        var mail = new StaffMail(store);
        var intake = new AttachmentIntake(options);
        Submit = new SubmitHandler(Pipeline, definitions, Interpreter, intake, options, NullLogger<SubmitHandler>.Instance);
        CompleteTask = new CompleteTaskHandler(Pipeline, decisions);
        Assignment = new TaskAssignmentHandler(Pipeline, Queries);
        Resubmit = new ResubmitHandler(Pipeline, Interpreter, intake);
        Retry = new RetryHandler(Pipeline, Interpreter);
        ReplaceCalendar = new ReplaceCalendarHandler(store, Pipeline, Calendars, Clocks, NullLogger<ReplaceCalendarHandler>.Instance);
        Timers = new FireTimerHandler(store, Pipeline, ActivityExecutors.Default, new StatutoryDeadline(Interpreter, mail, options),
            new TimerServices(Pipeline, Interpreter, decisions, mail));
        Runtime = new WorkflowRuntime(Submit, CompleteTask, Assignment, Resubmit, Retry, ReplaceCalendar, Timers, Queries, intake, zones);
    }

    public IWorkflowStore Store { get; }

    public TimeProvider Time { get; }

    public FlowchartInterpreter Interpreter { get; }

    public CalendarBook Calendars { get; }

    public ClockService Clocks { get; }

    public ApplicationQueries Queries { get; }

    public CommandPipeline Pipeline { get; }

    public SubmitHandler Submit { get; }

    public CompleteTaskHandler CompleteTask { get; }

    public TaskAssignmentHandler Assignment { get; }

    public ResubmitHandler Resubmit { get; }

    public RetryHandler Retry { get; }

    public ReplaceCalendarHandler ReplaceCalendar { get; }

    public FireTimerHandler Timers { get; }

    public WorkflowRuntime Runtime { get; }
}
