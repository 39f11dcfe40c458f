using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Replaces a year's holidays (an admin editing the calendar at run time) and recomputes the due instants of every running
/// clock (open tasks with their reminders and deadlines, statutory clocks, revision deadlines), each application in its own
/// transaction, auditing every due instant that moved. Clocks that had no due instant for want of this year get one. Open
/// complaints' response deadlines are recomputed the same way, each in its own transaction.
/// </summary>
public sealed class ReplaceCalendarHandler(
    IWorkflowStore store,
    CommandPipeline pipeline,
    CalendarBook calendars,
    ClockService clocks,
    ComplaintClock complaints,
    ILogger<ReplaceCalendarHandler> logger)
{
    private const int RecomputePageSize = 100;

    public async Task<CalendarChange> HandleAsync(CalendarYear calendar, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        CommandErrors.RequireAdmin(actor, "Only administrators can change calendars");
        await store.UpsertCalendarAsync(new CalendarRecord(calendar.Year, CalendarJson.Write(calendar), pipeline.Now, actor.Name), cancellationToken)
            .ConfigureAwait(false);
        calendars.Set(calendar);
        var reason = $"The {calendar.Year} calendar was changed by {actor.Name} ({calendar.Holidays.Count} holidays).";
        var cause = new JsonObject
        {
            ["calendarYear"] = calendar.Year,
            ["holidays"] = calendar.Holidays.Count,
            ["changedBy"] = actor.Name,
        };
        var (applications, moved) = (0, 0);
        foreach (var id in await RunningApplicationsAsync(cancellationToken).ConfigureAwait(false))
        {
            var clocksMoved = await pipeline.RunAsync(session => RecomputeWithinAsync(session, id, actor, reason, cause, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            applications += clocksMoved > 0 ? 1 : 0;
            moved += clocksMoved;
        }

        foreach (var complaintId in await store.ListOpenComplaintIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            moved += await pipeline.RunAsync(session => complaints.RecomputeAsync(session, complaintId, actor, pipeline.Now, cancellationToken), cancellationToken)
                .ConfigureAwait(false) ? 1 : 0;
        }

        logger.LogInformation("Calendar {Year} replaced by {Actor}: {Clocks} due dates moved in {Applications} applications",
            calendar.Year, actor.Name, moved, applications);
        return new CalendarChange(calendar.Year, calendar.Holidays.Count, applications, moved);
    }

    private async Task<List<Guid>> RunningApplicationsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var status in new[] { ApplicationStatuses.InProgress, ApplicationStatuses.AwaitingApplicant })
        {
            for (var page = 1; ; page++)
            {
                var result = await store.ListInstancesAsync(new InstanceQuery(status, null, Page: page, PageSize: RecomputePageSize), cancellationToken)
                    .ConfigureAwait(false);
                ids.AddRange(result.Items.Select(i => i.Id));
                if (result.Items.Count < RecomputePageSize)
                {
                    break;
                }
            }
        }

        return ids;
    }

    /// <summary>Recomputes one application's running clocks; returns how many due instants moved.</summary>
    private async Task<int> RecomputeWithinAsync(
        IStoreSession session, Guid id, Actor actor, string reason, JsonObject cause, CancellationToken cancellationToken)
    {
        var instance = await session.LockInstanceAsync(id, cancellationToken).ConfigureAwait(false);
        if (instance is null || instance.Status is ApplicationStatuses.Completed or ApplicationStatuses.Faulted)
        {
            return 0;
        }

        var now = pipeline.Now;
        var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
        var moved = await clocks.RecomputeClocksAsync(session, instance, state, actor, now, reason, cancellationToken, cause).ConfigureAwait(false);
        if (moved > 0)
        {
            await session.UpdateInstanceAsync(
                instance with { StateJson = EngineJson.Serialize(state), Revision = instance.Revision + 1, UpdatedAt = now },
                instance.Revision,
                cancellationToken).ConfigureAwait(false);
        }

        return moved;
    }
}
