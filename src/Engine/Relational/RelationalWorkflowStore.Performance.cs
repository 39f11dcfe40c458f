using System.Data.Common;

namespace Mpp.Workflows.Engine.Relational;

/// <summary>The performance board's facts: narrow rows of files, counted audit events and steps, never a JSON document of a file.</summary>
public abstract partial class RelationalWorkflowStore
{
    private static readonly string[] CountedEvents =
    [
        AuditEvents.Ended, AuditEvents.ReturnedToApplicant, AuditEvents.Resubmitted, AuditEvents.RevisionExpired,
        AuditEvents.DeemedApproved, AuditEvents.TaskEscalated, AuditEvents.ClockStarted,
    ];

    public Task<PerformanceFacts> ReadPerformanceFactsAsync(PerformanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IdleStepsAt is { } now)
        {
            return ReadCountedStepsAsync(query, now, cancellationToken);
        }

        // The counted events and states are code constants written as literals: the planner then reads the events through
        // the index made for them (migration 0016), which is partial on the same list, and the files through the open and
        // completed-by-update indexes.
        return ReadFactsAsync(
            Bind(new Sql(
                $"""
                SELECT f.* FROM ({PerformanceFiles(query, FileColumns)}) f
                ORDER BY f.created_at;
                """), query),
            Bind(new Sql(CountedEventsOf($"e.instance_id IN ({PerformanceFiles(query, "i.id")})")), query),
            Bind(new Sql(
                $"""
                SELECT {StepColumns}
                FROM {T("tasks")} t
                WHERE t.instance_id IN ({PerformanceFiles(query, "i.id")}) AND (t.completed_at IS NULL OR t.completed_at >= @from)
                ORDER BY t.created_at;
                """), query),
            cancellationToken);
    }

    private const string FileColumns = "i.id, i.registration_number, i.definition_id, i.status, i.result, i.created_at, i.definition_version";

    private const string StepColumns =
        "t.id, t.instance_id, t.activity_id, t.title, t.office, t.status, t.created_at, t.due_at, t.completed_at, t.escalated_to_role";

    private static string CountedEventNames => string.Join(", ", CountedEvents.Select(e => $"'{e}'"));

    /// <summary>
    /// The counted events of the files <paramref name="ofFiles"/> selects (a condition on <c>e.instance_id</c>); without
    /// <paramref name="statutoryClocks"/> (the board by office, which counts steps against their own due instants) not the
    /// statutory clocks' starts.
    /// </summary>
    private string CountedEventsOf(string ofFiles, bool statutoryClocks = true) =>
        $"""
        SELECT e.instance_id, e.at, e.event, e.activity_id, e.outcome, CASE WHEN e.event = '{AuditEvents.ClockStarted}' THEN e.details END
        FROM {T("audit_events")} e
        WHERE e.event IN ({CountedEventNames})
          AND {(statutoryClocks ? $"(e.event <> '{AuditEvents.ClockStarted}' OR e.outcome = '{ClockKinds.Statutory}')" : $"e.event <> '{AuditEvents.ClockStarted}'")}
          AND {ofFiles}
        ORDER BY e.instance_id, e.sequence;
        """;

    /// <summary>
    /// The board by office: the steps of the office (or of all offices) that can count in the period, read from the tasks'
    /// indexes — closed within or after the period having been opened before its end, or open in a file escalated or deemed
    /// approved since its start — and the other (idle) open steps counted per office (<see cref="PerformanceQuery.IdleStepsAt"/>);
    /// then the files of the steps read and their counted events, looked up by id (a join would let the planner scan the whole
    /// event table for a month's files).
    /// </summary>
    private Task<PerformanceFacts> ReadCountedStepsAsync(PerformanceQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string Open = TaskStates.Open;
        var scope = (query.Office is null ? string.Empty : " AND t.office = @office")
            + (query.DefinitionId is null ? string.Empty : " AND t.definition_id = @definition");
        // Idle: open in a file neither escalated nor deemed approved since the period began. Those files are few (a month's
        // escalations) and found through their own partial index (migration 0017), whose list is repeated word for word
        // (SQLite uses a partial index only when the query names the same term).
        var stirred = $"""
            SELECT x.instance_id FROM {T("audit_events")} x
            WHERE x.event IN ('{AuditEvents.TaskEscalated}', '{AuditEvents.DeemedApproved}') AND x.at >= @from
            """;
        var steps = Bind(new Sql(
            $"""
            SELECT {StepColumns} FROM {T("tasks")} t
            WHERE ((t.status <> '{Open}' AND t.completed_at >= @from AND t.created_at < @until)
                OR (t.status = '{Open}' AND t.instance_id IN ({stirred}))){scope}
            ORDER BY t.created_at;
            """), query);
        var idle = Bind(new Sql(
            $"""
            SELECT t.office,
                COALESCE(SUM(CASE WHEN t.created_at >= @from AND t.created_at < @until THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN t.created_at < @until THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN t.due_at < @now THEN 1 ELSE 0 END), 0)
            FROM {T("tasks")} t
            WHERE t.status = '{Open}' AND t.instance_id NOT IN ({stirred}){scope}
            GROUP BY t.office;
            """), query).With("now", now);
        return ReadInOneSnapshotAsync(
            async (runner, token) =>
            {
                var (stepFacts, idleSteps) = await runner.QueryAsync(
                    [steps, idle],
                    async (reader, t) =>
                    {
                        var read = await reader.ListAsync(ReadStep, t);
                        await reader.NextResultAsync(t);
                        var counts = await reader.ListAsync(
                            r => new IdleStepCount(r.GetString(0), StepCount(r, 1), StepCount(r, 2), StepCount(r, 3)),
                            t);
                        return (read, counts);
                    },
                    token);
                var ids = stepFacts.Select(f => f.InstanceId).Distinct().ToList();
                var (files, events) = await runner.QueryAsync(
                    [
                        new Sql($"SELECT {FileColumns} FROM {T("instances")} i WHERE {Dialect.InIds("i.id", "ids")} ORDER BY i.created_at;").WithIds("ids", ids),
                        new Sql(CountedEventsOf(Dialect.InIds("e.instance_id", "ids"), statutoryClocks: false)).WithIds("ids", ids),
                    ],
                    async (reader, t) =>
                    {
                        var f = await reader.ListAsync(ReadFile, t);
                        await reader.NextResultAsync(t);
                        return (f, await reader.ListAsync(ReadEvent, t));
                    },
                    token);
                return new PerformanceFacts(files, events, stepFacts) { IdleSteps = idleSteps };
            },
            cancellationToken);
    }

    private Task<PerformanceFacts> ReadFactsAsync(Sql files, Sql events, Sql steps, CancellationToken cancellationToken) =>
        ReadAsync(
            [files, events, steps],
            async (reader, token) =>
            {
                var fileFacts = await reader.ListAsync(ReadFile, token);
                await reader.NextResultAsync(token);
                var eventFacts = await reader.ListAsync(ReadEvent, token);
                await reader.NextResultAsync(token);
                return new PerformanceFacts(fileFacts, eventFacts, await reader.ListAsync(ReadStep, token));
            },
            oneSnapshot: true,
            cancellationToken);

    private static int StepCount(DbDataReader r, int ordinal) => Convert.ToInt32(r.GetValue(ordinal), CultureInfo.InvariantCulture);

    private PerformanceFileFact ReadFile(DbDataReader r) =>
        new(Dialect.Id(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), Rows.NullableString(r, 4), Dialect.Instant(r, 5), r.GetInt32(6));

    private PerformanceEventFact ReadEvent(DbDataReader r) =>
        new(Dialect.Id(r, 0), Dialect.Instant(r, 1), r.GetString(2), Rows.NullableString(r, 3), Rows.NullableString(r, 4), Rows.NullableString(r, 5));

    private PerformanceStepFact ReadStep(DbDataReader r) =>
        new(
            Dialect.Id(r, 0), Dialect.Id(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Dialect.Instant(r, 6),
            Rows.NullableInstant(r, 7), Rows.NullableInstant(r, 8), Rows.NullableString(r, 9));

    /// <summary>
    /// Files that may count in the period (completed no earlier than its start, since a file's last update is at or after its
    /// end, and submitted before its end) and every open file (its overdue steps count now, whatever the period): two disjoint
    /// halves, each read through its own partial index (migration 0016) instead of one scan of every file.
    /// </summary>
    /// <remarks>
    /// A step closed before the period's start counts in none of the board's figures (each needs it open at the period's end,
    /// or opened, closed, escalated or deemed within the period, or open now), so the steps query leaves those out: an open
    /// file of last year brings its open step, not its whole history.
    /// </remarks>
    private string PerformanceFiles(PerformanceQuery query, string columns)
    {
        const string Completed = ApplicationStatuses.Completed;
        var narrow = string.Empty;
        if (query.DefinitionId is not null)
        {
            narrow += " AND i.definition_id = @definition";
        }

        if (query.Office is not null)
        {
            narrow += $" AND EXISTS (SELECT 1 FROM {T("tasks")} o WHERE o.instance_id = i.id AND o.office = @office)";
        }

        return $"SELECT {columns} FROM {T("instances")} i WHERE i.status <> '{Completed}'{narrow} "
            + $"UNION ALL SELECT {columns} FROM {T("instances")} i WHERE i.status = '{Completed}' AND i.updated_at >= @from AND i.created_at < @until{narrow}";
    }

    private static Sql Bind(Sql sql, PerformanceQuery query)
    {
        sql.With("from", query.From).With("until", query.Until);
        if (query.DefinitionId is not null)
        {
            sql.With("definition", query.DefinitionId);
        }

        if (query.Office is not null)
        {
            sql.With("office", query.Office);
        }

        return sql;
    }
}
