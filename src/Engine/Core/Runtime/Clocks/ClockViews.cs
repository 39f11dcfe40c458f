using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The clocks as the API, the audit trail and the applicant's tracking page show them.</summary>
public sealed class ClockViews(CalendarBook calendars)
{
    /// <summary>The clocks as <c>GET /api/applications/{id}</c> shows them.</summary>
    public JsonObject ClocksView(ExecutionState state, DateTimeOffset now)
    {
        var tasks = new JsonArray();
        var result = new JsonObject { ["statutory"] = null, ["tasks"] = tasks, ["revision"] = null };
        foreach (var clock in state.Clocks)
        {
            var view = DetailsNode(clock);
            try
            {
                var used = clock.WorkingDaysUsed(calendars.Days, now);
                view["workingDaysUsed"] = used;
                view["workingDaysLeft"] = clock.Days - used;
            }
            catch (CalendarYearMissingException e)
            {
                view["workingDaysUsed"] = null;
                view["workingDaysLeft"] = null;
                view["problem"] = e.Message;
            }

            view["status"] = StatusOf(clock);
            switch (clock.Kind)
            {
                case ClockKinds.Statutory:
                    result["statutory"] = view;
                    break;
                case ClockKinds.Revision:
                    result["revision"] = view;
                    break;
                default:
                    tasks.Add(view);
                    break;
            }
        }

        return result;
    }

    public static string Details(WorkingClock clock) => DetailsNode(clock).ToJsonString();

    public static JsonObject DetailsNode(WorkingClock clock) => new()
    {
        ["kind"] = clock.Kind,
        ["activityId"] = clock.ActivityId,
        ["taskId"] = clock.Kind == ClockKinds.Task ? clock.OwnerId : null,
        ["days"] = clock.Days,
        ["zone"] = clock.Zone,
        ["startedAt"] = clock.StartedAt,
        ["startedBy"] = clock.StartedBy,
        ["pausedIntervals"] = new JsonArray([.. clock.Pauses.Select(p => (JsonNode?)new JsonObject
        {
            ["from"] = p.From, ["to"] = p.To, ["pausedBy"] = p.PausedBy, ["resumedBy"] = p.ResumedBy,
        })]),
        ["dueAt"] = clock.DueAt,
        ["provisional"] = clock.Provisional,
        ["onDeadline"] = clock.OnDeadline,
        ["expiredAt"] = clock.ExpiredAt,
        ["stoppedAt"] = clock.StoppedAt,
        ["problem"] = clock.Problem,
    };

    /// <summary>The statutory and revision clocks; task clocks are the offices' internal targets.</summary>
    public List<TrackingClockView> TrackingClocks(ExecutionState state, DateTimeOffset now)
    {
        var clocks = new List<TrackingClockView>();
        foreach (var clock in state.Clocks.Where(c => c.Kind is ClockKinds.Statutory or ClockKinds.Revision))
        {
            double? left = null;
            try
            {
                left = clock.Days - clock.WorkingDaysUsed(calendars.Days, now);
            }
            catch (Calendar.CalendarYearMissingException)
            {
                // Without the year's holidays the remaining days cannot be counted; the state and due date still show.
            }

            clocks.Add(new TrackingClockView(clock.Kind, StatusOf(clock), clock.Days, left, clock.DueAt, clock.Provisional && clock.DueAt is not null));
        }

        return clocks;
    }

    private static string StatusOf(WorkingClock clock) => clock switch
    {
        { ExpiredAt: not null } => "Expired",
        { StoppedAt: not null } => "Stopped",
        { IsPaused: true } => "Paused",
        _ => "Running",
    };
}
