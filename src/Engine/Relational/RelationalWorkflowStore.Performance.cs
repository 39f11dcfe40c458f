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
        var eventNames = string.Join(", ", CountedEvents.Select((_, i) => $"@e{i}"));
        var events = Bind(
            new Sql(
                $"""
                SELECT e.instance_id, e.at, e.event, e.activity_id, e.outcome, CASE WHEN e.event = @clockStarted THEN e.details END
                FROM {T("audit_events")} e
                WHERE e.event IN ({eventNames}) AND (e.event <> @clockStarted OR e.outcome = @statutory)
                  AND e.instance_id IN (SELECT i.id FROM {T("instances")} i {PerformanceFilter(query)})
                ORDER BY e.instance_id, e.sequence;
                """).With("clockStarted", AuditEvents.ClockStarted).With("statutory", ClockKinds.Statutory),
            query);
        for (var i = 0; i < CountedEvents.Length; i++)
        {
            events.With($"e{i}", CountedEvents[i]);
        }

        return ReadAsync(
            [
                Bind(new Sql(
                    $"""
                    SELECT i.id, i.registration_number, i.definition_id, i.status, i.result, i.created_at, i.definition_version
                    FROM {T("instances")} i {PerformanceFilter(query)} ORDER BY i.created_at;
                    """), query),
                events,
                Bind(new Sql(
                    $"""
                    SELECT t.id, t.instance_id, t.activity_id, t.title, t.office, t.status, t.created_at, t.due_at, t.completed_at, t.escalated_to_role
                    FROM {T("tasks")} t WHERE t.instance_id IN (SELECT i.id FROM {T("instances")} i {PerformanceFilter(query)})
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
    /// end, and submitted before its end) and every open file (its overdue steps count now, whatever the period).
    /// </summary>
    private string PerformanceFilter(PerformanceQuery query)
    {
        var filter = $"WHERE (i.status <> @completed OR (i.updated_at >= @from AND i.created_at < @until))";
        if (query.DefinitionId is not null)
        {
            filter += " AND i.definition_id = @definition";
        }

        if (query.Office is not null)
        {
            filter += $" AND EXISTS (SELECT 1 FROM {T("tasks")} o WHERE o.instance_id = i.id AND o.office = @office)";
        }

        return filter;
    }

    private static Sql Bind(Sql sql, PerformanceQuery query)
    {
        sql.With("completed", ApplicationStatuses.Completed).With("from", query.From).With("until", query.Until);
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
