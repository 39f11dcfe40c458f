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
        // The counted events and states are code constants written as literals: the planner then reads the events through
        // the index made for them (migration 0016), which is partial on the same list, and the files through the open and
        // completed-by-update indexes.
        var eventNames = string.Join(", ", CountedEvents.Select(e => $"'{e}'"));
        var events = Bind(
            new Sql(
                $"""
                SELECT e.instance_id, e.at, e.event, e.activity_id, e.outcome, CASE WHEN e.event = '{AuditEvents.ClockStarted}' THEN e.details END
                FROM {T("audit_events")} e
                WHERE e.event IN ({eventNames}) AND (e.event <> '{AuditEvents.ClockStarted}' OR e.outcome = '{ClockKinds.Statutory}')
                  AND e.instance_id IN ({PerformanceFiles(query, "i.id")})
                ORDER BY e.instance_id, e.sequence;
                """),
            query);

        return ReadAsync(
            [
                Bind(new Sql(
                    $"""
                    SELECT f.* FROM ({PerformanceFiles(query, "i.id, i.registration_number, i.definition_id, i.status, i.result, i.created_at, i.definition_version")}) f
                    ORDER BY f.created_at;
                    """), query),
                events,
                Bind(new Sql(
                    $"""
                    SELECT t.id, t.instance_id, t.activity_id, t.title, t.office, t.status, t.created_at, t.due_at, t.completed_at, t.escalated_to_role
                    FROM {T("tasks")} t
                    WHERE t.instance_id IN ({PerformanceFiles(query, "i.id")}) AND (t.completed_at IS NULL OR t.completed_at >= @from)
                    ORDER BY t.created_at;
                    """), query),
            ],
            async (reader, token) =>
            {
                var files = await reader.ListAsync(
                    r => new PerformanceFileFact(Dialect.Id(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), Rows.NullableString(r, 4), Dialect.Instant(r, 5), r.GetInt32(6)),
                    token);
                await reader.NextResultAsync(token);
                var facts = await reader.ListAsync(
                    r => new PerformanceEventFact(
                        Dialect.Id(r, 0), Dialect.Instant(r, 1), r.GetString(2), Rows.NullableString(r, 3), Rows.NullableString(r, 4), Rows.NullableString(r, 5)),
                    token);
                await reader.NextResultAsync(token);
                var steps = await reader.ListAsync(
                    r => new PerformanceStepFact(
                        Dialect.Id(r, 0), Dialect.Id(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Dialect.Instant(r, 6),
                        Rows.NullableInstant(r, 7), Rows.NullableInstant(r, 8), Rows.NullableString(r, 9)),
                    token);
                return new PerformanceFacts(files, facts, steps);
            },
            oneSnapshot: true,
            cancellationToken);
    }

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
