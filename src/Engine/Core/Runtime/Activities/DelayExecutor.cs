using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary><c>Mpp.Delay</c>: waits on a durable timer, then continues through <c>Done</c>.</summary>
public sealed class DelayExecutor() : ActivityExecutor(ActivityTypes.Delay), ITimerHook
{
    public IReadOnlyCollection<string> TimerKinds { get; } = [Model.TimerKinds.Delay];

    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        var delay = DelayActivity.ReadTimeSpan(node) ?? TimeSpan.Zero;
        var timerId = Guid.NewGuid();
        run.State.Bookmarks.Add(new Bookmark(timerId, node.Id, BookmarkKinds.Timer));
        run.Effects.NewTimers.Add(new(timerId, node.Id, delay));
        run.Effects.Trace.Add(new(node.Id, AuditEvents.TimerStarted, null, delay.ToString("c", CultureInfo.InvariantCulture)));
    }

    public async Task<bool> FireAsync(TimerFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        if (firing.State.Bookmarks.FirstOrDefault(b => b.Id == firing.Timer.Id) is not { } bookmark)
        {
            return false;
        }

        await firing.AuditAsync(bookmark.ActivityId, AuditEvents.TimerFired, null, null, cancellationToken).ConfigureAwait(false);
        await firing.ResumeAsync(bookmark, PortNames.Done, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
