using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

public sealed partial class WorkflowRuntime
{
    private const int RecomputePageSize = 100;

    /// <summary>
    /// Replaces a year's holidays (an admin editing the calendar at run time) and recomputes the due instants of every running
    /// clock (open tasks with their reminders and deadlines, statutory clocks, revision deadlines), each application in its own
    /// transaction, auditing every due instant that moved. Clocks that had no due instant for want of this year get one.
    /// </summary>
    public async Task<CalendarChange> ReplaceCalendarAsync(CalendarYear calendar, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new CommandException(CommandErrorKind.Forbidden, "Only administrators can change calendars");
        }

        var now = time.GetUtcNow();
        await store.UpsertCalendarAsync(new CalendarRecord(calendar.Year, CalendarJson.Write(calendar), now, actor.Name), cancellationToken)
            .ConfigureAwait(false);
        calendars.Set(calendar);
        var reason = $"The {calendar.Year} calendar was changed by {actor.Name} ({calendar.Holidays.Count} holidays).";
        var (applications, clocks) = await RecomputeAllAsync(actor, reason, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Calendar {Year} replaced by {Actor}: {Clocks} due dates moved in {Applications} applications",
            calendar.Year, actor.Name, clocks, applications);
        return new CalendarChange(calendar.Year, calendar.Holidays.Count, applications, clocks);
    }

    private async Task<(int Applications, int Clocks)> RecomputeAllAsync(Actor actor, string reason, CancellationToken cancellationToken)
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

        var (applications, clocks) = (0, 0);
        foreach (var id in ids)
        {
            await using var session = await BeginAsync(cancellationToken).ConfigureAwait(false);
            var instance = await session.LockInstanceAsync(id, cancellationToken).ConfigureAwait(false);
            if (instance is null || instance.Status is ApplicationStatuses.Completed or ApplicationStatuses.Faulted)
            {
                continue;
            }

            var now = time.GetUtcNow();
            var state = EngineJson.Deserialize<ExecutionState>(instance.StateJson);
            var moved = await RecomputeClocksAsync(session, instance, state, actor, now, reason, cancellationToken).ConfigureAwait(false);
            if (moved == 0)
            {
                continue;
            }

            await session.UpdateInstanceAsync(
                instance with { StateJson = EngineJson.Serialize(state), Revision = instance.Revision + 1, UpdatedAt = now },
                instance.Revision,
                cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            applications++;
            clocks += moved;
        }

        return (applications, clocks);
    }
}
