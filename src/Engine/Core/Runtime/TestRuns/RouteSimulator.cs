using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Runs a route in memory for the studio's test run, on the engine's own <see cref="FlowchartInterpreter"/> and executors
/// (conditions through the same sandboxed evaluator) and the engine's working-day calendar and <see cref="WorkingClock"/>s.
/// Nothing is written anywhere. Time is simulated: every wait (a task, a return to the applicant, a timer) takes its working
/// days (a task its SLA unless the choice says otherwise), the next wait to be decided is the one due first, and the run
/// stops when that wait has no chosen outcome yet (<see cref="TestRunStatuses.Waiting"/>). Clocks behave as in the engine:
/// task and statutory clocks stand still while the file is with the applicant, the statutory clock starts when a
/// <c>marksComplete</c> task is decided with an outcome that does not return the file, and stops at the end.
/// </summary>
/// <remarks>
/// The statutory deadline is reported (<see cref="TestRunStatutory.Exceeded"/>), not acted on: a deemed approval is not
/// simulated, so the analyst sees the path the offices would take and by how much it overruns.
/// </remarks>
public sealed class RouteSimulator(FlowchartInterpreter interpreter, WorkingDayCalendar calendar, string defaultZone)
{
    /// <summary>Working days an applicant takes to correct a returned file unless the choice says otherwise.</summary>
    public const int DefaultCorrectionDays = 5;

    /// <summary>Most waits one run decides: a loop of timers cannot run forever.</summary>
    public const int MaxEvents = 1_000;

    /// <summary>Who moves the clocks in a test run (never stored).</summary>
    internal const string Actor = "test-run";

    public FlowchartInterpreter Interpreter { get; } = interpreter;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public string DefaultZone { get; } = defaultZone;

    /// <summary>
    /// Runs <paramref name="definition"/> from its start on <paramref name="input"/>; <paramref name="officeZones"/> gives
    /// the time zone of each office whose tasks the run opens (others count in <see cref="DefaultZone"/>).
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The run reaches a year without a working-day calendar.</exception>
    public TestRunResult Run(WorkflowDefinition definition, TestRunInput input, IReadOnlyDictionary<string, string>? officeZones = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(input);
        return new RouteSimulation(this, definition, input, officeZones ?? new Dictionary<string, string>()).Run();
    }

    /// <summary>
    /// The instant a test run starting on <paramref name="today"/> is filed: 09:00 of that day, or of the next working day.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">No calendar for the year.</exception>
    public DateTimeOffset DefaultSubmission(DateOnly today)
    {
        var day = today;
        while (!Calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var zone = TimeZones.Resolve(DefaultZone);
        var local = day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
