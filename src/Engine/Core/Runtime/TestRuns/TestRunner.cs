using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The studio's test runs with the host's engine: its interpreter and executors, the working-day calendar admins keep and
/// each office's time zone. See <see cref="RouteSimulator"/>; nothing is written to the store.
/// </summary>
public sealed class TestRunner(FlowchartInterpreter interpreter, CalendarBook calendars, OfficeZones zones, IOptions<EngineOptions> options)
{
    private readonly RouteSimulator _simulator = new(interpreter, calendars.Days, options.Value.TimeZone);

    /// <summary>When a run filed today is filed: 09:00 of today or the next working day.</summary>
    /// <exception cref="CalendarYearMissingException">No calendar for the year.</exception>
    public DateTimeOffset DefaultSubmission(DateTimeOffset now) =>
        _simulator.DefaultSubmission(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(_simulator.DefaultZone)).DateTime));

    /// <summary>Runs <paramref name="definition"/> on <paramref name="input"/> in memory.</summary>
    /// <exception cref="CalendarYearMissingException">The run reaches a year without a working-day calendar.</exception>
    public async Task<TestRunResult> RunAsync(WorkflowDefinition definition, TestRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var offices = definition.Root.Activities
            .Where(a => a.Type == ActivityTypes.HumanTask)
            .Select(a => Definitions.Catalog.Activities.HumanTaskActivity.ReadSpec(a).Office)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var officeZones = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var office in offices)
        {
            officeZones[office] = await zones.ZoneOfAsync(office, cancellationToken).ConfigureAwait(false);
        }

        return _simulator.Run(definition, input, officeZones);
    }
}
