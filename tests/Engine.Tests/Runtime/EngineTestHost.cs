using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>
/// The engine's runtime services over a store, wired by <c>AddWorkflowEngine</c> itself (the host's registration, so a new
/// handler needs no second list here); handler tests call one handler directly and observe the store.
/// </summary>
internal sealed class EngineTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>The tracking token secret of every test host that names none (base64 of 32 bytes).</summary>
    public static readonly string TestSecret = Convert.ToBase64String(Encoding.ASCII.GetBytes("engine-tests-tracking-token-key!"));

    public EngineTestHost(IWorkflowStore store, IExpressionEvaluator evaluator, TimeProvider? time = null, EngineOptions? engineOptions = null)
    {
        engineOptions ??= new EngineOptions();
        engineOptions.TrackingTokenSecret ??= TestSecret;
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton(evaluator);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(Options.Create(engineOptions));
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddWorkflowEngine();
        _services = services.BuildServiceProvider();
    }

    public IWorkflowStore Store => Get<IWorkflowStore>();

    public TimeProvider Time => Get<TimeProvider>();

    public FlowchartInterpreter Interpreter => Get<FlowchartInterpreter>();

    public CalendarBook Calendars => Get<CalendarBook>();

    public ClockService Clocks => Get<ClockService>();

    public ApplicationQueries Queries => Get<ApplicationQueries>();

    public CommandPipeline Pipeline => Get<CommandPipeline>();

    public SubmitHandler Submit => Get<SubmitHandler>();

    public CompleteTaskHandler CompleteTask => Get<CompleteTaskHandler>();

    public TaskAssignmentHandler Assignment => Get<TaskAssignmentHandler>();

    public ResubmitHandler Resubmit => Get<ResubmitHandler>();

    public RetryHandler Retry => Get<RetryHandler>();

    public ReplaceCalendarHandler ReplaceCalendar => Get<ReplaceCalendarHandler>();

    public FireTimerHandler Timers => Get<FireTimerHandler>();

    public WorkflowRuntime Runtime => Get<WorkflowRuntime>();

    public TrackingTokenIssuer Tokens => Get<TrackingTokenIssuer>();

    public void Dispose() => _services.Dispose();

    private T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();
}
