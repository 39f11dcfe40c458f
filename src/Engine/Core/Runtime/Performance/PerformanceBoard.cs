using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The performance board (<c>/kinerja</c>): counts and working-day figures per service or office for a period, computed from
/// what the engine recorded. The store returns narrow facts; the working-day arithmetic needs the calendar, so it is done here.
/// </summary>
public sealed class PerformanceBoard(
    IPerformanceReader reader,
    IDefinitionReader definitions,
    IOfficeReader offices,
    CalendarBook calendars,
    TimeProvider time,
    IOptions<EngineOptions> options)
{
    private readonly SemaphoreSlim _turns = new(Math.Max(options.Value.PerformanceBoardConcurrency, 1));

    /// <summary>The figures of <paramref name="period"/>; <paramref name="office"/> limits them to the files and steps of that office.</summary>
    public async Task<PerformanceReport> ReportAsync(
        PerformancePeriod period, PerformanceGrouping grouping, string? service, string? office, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var now = time.GetUtcNow();
        var tallies = await TallyAsync(period, grouping, service, office, now, drillDown: false, cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(grouping, cancellationToken).ConfigureAwait(false);
        // A route never published (a test run's draft) is not listed: its id and name are not public.
        var rows = tallies
            .Where(t => t.Key != PerformanceCalculator.TotalKey && (office is null || grouping == PerformanceGrouping.Service || t.Key == office))
            .Where(t => grouping != PerformanceGrouping.Service || names.ContainsKey(t.Key))
            .Select(t => t.ToRow(names.GetValueOrDefault(t.Key, t.Key)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        // One office's board is that office's row: the total of all offices would count other offices' steps.
        var totalTally = office is not null && grouping == PerformanceGrouping.Office
            ? tallies.FirstOrDefault(t => t.Key == office) ?? new PerformanceTally(office)
            : tallies.Single(t => t.Key == PerformanceCalculator.TotalKey);
        var total = totalTally.ToRow(PerformanceCalculator.TotalKey) with { Key = PerformanceCalculator.TotalKey };
        return new PerformanceReport(period.From, period.To, grouping, now, total, rows);
    }

    /// <summary>
    /// The files behind <paramref name="figure"/> of the row <paramref name="key"/> (null: the total), for staff; the entries name
    /// files, so the host shows them only to the offices involved.
    /// </summary>
    public async Task<IReadOnlyList<PerformanceFileEntry>> FilesAsync(
        PerformancePeriod period, PerformanceGrouping grouping, string? key, PerformanceFigure figure, string? service, string? office,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tallies = await TallyAsync(period, grouping, service, office, time.GetUtcNow(), drillDown: true, cancellationToken).ConfigureAwait(false);
        var wanted = key ?? (office is not null && grouping == PerformanceGrouping.Office ? office : PerformanceCalculator.TotalKey);
        // Office codes are written in capitals but typed in any case (dpmptsp); route ids are lower-case and exact.
        var comparer = grouping == PerformanceGrouping.Office ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (office is not null && grouping == PerformanceGrouping.Office && !comparer.Equals(wanted, office))
        {
            return [];
        }

        return tallies.FirstOrDefault(t => comparer.Equals(t.Key, wanted))?.Files(figure).OrderBy(f => f.At).ToList() ?? [];
    }

    /// <summary>Today in the engine's time zone: the last day of a board that does not name its days.</summary>
    public DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(options.Value.TimeZone)).DateTime);

    /// <summary>The instant the period's first local day starts, and the one after its last day ends, in the engine's zone.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) Instants(PerformancePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var zone = TimeZones.Resolve(options.Value.TimeZone);
        return (StartOf(period.From, zone), StartOf(period.To.AddDays(1), zone));
    }

    private async Task<IReadOnlyList<PerformanceTally>> TallyAsync(
        PerformancePeriod period, PerformanceGrouping grouping, string? service, string? office, DateTimeOffset now, bool drillDown,
        CancellationToken cancellationToken)
    {
        var (from, until) = Instants(period);
        // The board is public and a period may span years: one host computes only a few at once, the rest wait their turn.
        if (!await _turns.WaitAsync(options.Value.PerformanceBoardWait, cancellationToken).ConfigureAwait(false))
        {
            throw new CommandException(
                CommandErrorKind.Unavailable, "The performance board is busy", "Too many boards are being computed at once; try again in a moment.");
        }

        try
        {
            // By office, a board's figures count idle open steps without reading them; its drill-down lists every step.
            var countIdle = grouping == PerformanceGrouping.Office && !drillDown;
            var facts = await reader.ReadAsync(new PerformanceQuery(from, until, service, office, countIdle ? now : null), cancellationToken)
                .ConfigureAwait(false);
            var names = drillDown ? await StepNamesAsync(facts, cancellationToken).ConfigureAwait(false) : null;
            var calculator = new PerformanceCalculator(
                calendars.Days, TimeZones.Resolve(options.Value.TimeZone), from, until, now,
                names is null ? null : (file, step) => names.GetValueOrDefault((file.DefinitionId, file.DefinitionVersion, step.ActivityId), step.Title));
            return calculator.Tally(facts, grouping);
        }
        finally
        {
            _turns.Release();
        }
    }

    /// <summary>
    /// Each step's name in the route version its file runs on, as the file page and its history name it; the task's title
    /// ("Periksa kelengkapan berkas permohonan SIP") is the officer's instruction, not the step's name.
    /// </summary>
    private async Task<Dictionary<(string, int, string), string>> StepNamesAsync(PerformanceFacts facts, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, int, string), string>();
        foreach (var (definitionId, version) in facts.Files.Select(f => (f.DefinitionId, f.DefinitionVersion)).Distinct())
        {
            var record = await definitions.GetAsync(definitionId, VersionSelector.Exact(version), cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                continue;
            }

            foreach (var activity in DefinitionJsonReader.Read(record.Json).Root.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Name)))
            {
                names[(definitionId, version, activity.Id)] = activity.Name!;
            }
        }

        return names;
    }

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(PerformanceGrouping grouping, CancellationToken cancellationToken) =>
        grouping == PerformanceGrouping.Service
            ? await definitions.PublicNamesAsync(cancellationToken).ConfigureAwait(false)
            : (await offices.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
