using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// <c>Mpp.ApplicantRevision</c>: returns the file to the applicant with reasons and waits for <c>Resubmitted</c>; when its
/// revision clock runs out (<see cref="Model.TimerKinds.RevisionExpiry"/>) the route continues through <c>Expired</c>.
/// </summary>
public sealed class ApplicantRevisionExecutor() : ActivityExecutor(ActivityTypes.ApplicantRevision), ITimerHook
{
    public override bool ReturnsToApplicant => true;

    public IReadOnlyCollection<string> TimerKinds { get; } = [Model.TimerKinds.RevisionExpiry];

    protected override void Enter(ActivityRun run, ActivityNode node, PendingToken token)
    {
        run.State.RevisionReasons = ReadReasons(run, node);
        var revision = new Bookmark(Guid.NewGuid(), node.Id, BookmarkKinds.ApplicantRevision);
        run.State.Bookmarks.Add(revision);
        run.Effects.Revisions.Add(new(revision.Id, node, ApplicantRevisionActivity.ReadExpiresAfterDays(node)));
        run.Effects.ReturnedToApplicant = true;
        run.Effects.Trace.Add(new(node.Id, AuditEvents.ReturnedToApplicant, null, run.State.RevisionReasons));
    }

    public async Task<bool> FireAsync(TimerFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var state = firing.State;
        if (state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Revision && c.TimerId == firing.Timer.Id) is not { } clock
            || state.Bookmarks.FirstOrDefault(b => b.Id == clock.OwnerId) is not { } bookmark)
        {
            return false;
        }

        clock.ExpiredAt = firing.Now;
        clock.TimerId = null;
        await firing.AuditAsync(bookmark.ActivityId, AuditEvents.RevisionExpired, PortNames.Expired,
            $"The applicant did not resubmit within {clock.Days} working days.", cancellationToken).ConfigureAwait(false);
        state.RevisionReasons = null;
        await firing.ResumeAsync(bookmark, PortNames.Expired, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string? ReadReasons(ActivityRun run, ActivityNode node) => node.GetExpression("reasons") switch
    {
        { Type: ExpressionType.JavaScript, Value: { } source } => run.EvaluateString(source.GetValue<string>()),
        { Type: ExpressionType.Literal } => node.GetLiteralString("reasons"),
        _ => run.State.LastComment,
    };
}
