using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The statutory clock's deadline (a definition-level clock, not an activity's): deemed approval or a notice.</summary>
public sealed class StatutoryDeadline(FlowchartInterpreter interpreter, StaffMail mail, IOptions<EngineOptions> options) : ITimerHook
{
    private readonly EngineOptions _options = options.Value;

    public IReadOnlyCollection<string> TimerKinds { get; } = [Model.TimerKinds.Statutory];

    /// <summary>
    /// The authority stayed silent past the statutory deadline. <c>DeemApprove</c>: every open step is abandoned and the file
    /// goes down its permit path (the <c>Mpp.IssueDocument</c> of kind Permit and what follows), ending as DeemedApproved.
    /// <c>Notify</c>: the head of the authority is told and the route continues.
    /// </summary>
    public async Task<bool> FireAsync(TimerFiring firing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firing);
        var (session, instance, state, definition, timer, now, _) = firing;
        if (state.Clocks.FirstOrDefault(c => c.Kind == ClockKinds.Statutory && c.TimerId == timer.Id) is not { } clock
            || clock.IsPaused || instance.Status != ApplicationStatuses.InProgress)
        {
            return false;
        }

        clock.ExpiredAt = now;
        clock.TimerId = null;
        var why = $"No decision within {clock.Days} working days after the file was complete (complete since "
            + $"{StaffMail.Local(clock.StartedAt, clock.Zone)}, {clock.Pauses.Count} pause(s) with the applicant, due {StaffMail.Local(clock.DueAt, clock.Zone)}).";
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, clock.ActivityId, AuditEvents.StatutoryDeadlinePassed, clock.OnDeadline, why,
                ClockViews.Details(clock)),
            cancellationToken).ConfigureAwait(false);
        if (!string.Equals(clock.OnDeadline, "DeemApprove", StringComparison.OrdinalIgnoreCase))
        {
            await mail.MailStaffAsync(session, instance, _options.AuthorityOffice, StaffRoles.Head, to => StaffMail.StatutoryMail(to, clock), now, cancellationToken)
                .ConfigureAwait(false);
            await firing.SaveAsync(new ExecutionEffects(), cancellationToken).ConfigureAwait(false);
            return true;
        }

        state.DeemedApproval = true;
        await session.AppendAuditAsync(
            new AuditEvent(instance.Id, now, Actor.System.Name, clock.ActivityId, AuditEvents.DeemedApproved, ApplicationResults.DeemedApproved,
                why + " The application is deemed approved by law (fiktif positif, UU 30/2014 art. 53 as amended by UU 6/2023); "
                + "open steps are cancelled and the permit is issued."),
            cancellationToken).ConfigureAwait(false);
        var permit = definition.Root.Activities.FirstOrDefault(a =>
            a.Type == ActivityTypes.IssueDocument && IssueDocumentActivity.ReadKind(a) == IssueDocumentActivity.Permit);
        ExecutionEffects effects;
        if (permit is null)
        {
            // A route without a permit document still ends approved: the law grants the permit, not the document.
            effects = interpreter.Jump(definition.Root, state, null, CommandPipeline.ScopeOf(instance, state));
            effects.Result = ApplicationResults.Approved;
            effects.Trace.Add(new(clock.ActivityId ?? string.Empty, AuditEvents.Ended, ApplicationResults.Approved));
        }
        else
        {
            effects = interpreter.Jump(definition.Root, state, permit.Id, CommandPipeline.ScopeOf(instance, state));
        }

        // The route's end names its normal result; the history must show the one the law gave.
        for (var i = 0; i < effects.Trace.Count; i++)
        {
            if (effects.Trace[i] is { Event: AuditEvents.Ended, Outcome: ApplicationResults.Approved } ended)
            {
                effects.Trace[i] = ended with { Outcome = ApplicationResults.DeemedApproved };
            }
        }

        await firing.SaveAsync(effects, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
