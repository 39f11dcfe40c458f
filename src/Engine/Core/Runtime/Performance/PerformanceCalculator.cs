using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Sorts the recorded facts into the board's figures for the instants <c>[from, until)</c>: by service, each file; by office,
/// each step. The rules are the README's ("Papan kinerja") and are pinned by the store contract tests on both databases.
/// <paramref name="stepName"/> names a step in the files behind a figure (the route's name for it); absent: the task's title.
/// </summary>
internal sealed class PerformanceCalculator(
    WorkingDayCalendar calendar, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset until, DateTimeOffset now,
    Func<PerformanceFileFact, PerformanceStepFact, string>? stepName = null)
{
    public const string TotalKey = "*";

    public IReadOnlyList<PerformanceTally> Tally(PerformanceFacts facts, PerformanceGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var events = facts.Events.ToLookup(e => e.InstanceId);
        var steps = facts.Steps.ToLookup(s => s.InstanceId);
        var tallies = new Dictionary<string, PerformanceTally>(StringComparer.Ordinal) { [TotalKey] = new PerformanceTally(TotalKey) };
        foreach (var file in facts.Files)
        {
            var timeline = new FileTimeline(file, events[file.Id], calendar, zone, now);
            if (grouping == PerformanceGrouping.Service)
            {
                TallyFile(timeline, [.. steps[file.Id]], [TallyOf(tallies, file.DefinitionId), tallies[TotalKey]]);
            }
            else
            {
                foreach (var step in steps[file.Id])
                {
                    TallyStep(timeline, step, [TallyOf(tallies, step.Office), tallies[TotalKey]]);
                }
            }
        }

        // Open steps of files neither escalated nor deemed approved since the period began, counted by the store (TallyStep
        // would count each the same from its row alone).
        foreach (var idle in facts.IdleSteps)
        {
            foreach (var tally in new[] { TallyOf(tallies, idle.Office), tallies[TotalKey] })
            {
                tally.AddCounted(PerformanceFigure.Received, idle.Received);
                tally.AddCounted(PerformanceFigure.InProgress, idle.InProgress);
                tally.AddCounted(PerformanceFigure.OverdueNow, idle.Overdue);
            }
        }

        return [.. tallies.Values];
    }

    private static PerformanceTally TallyOf(Dictionary<string, PerformanceTally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new PerformanceTally(key);
        }

        return tally;
    }

    private bool InPeriod(DateTimeOffset at) => at >= from && at < until;

    private void TallyFile(FileTimeline file, IReadOnlyList<PerformanceStepFact> steps, PerformanceTally[] tallies)
    {
        PerformanceFileEntry Entry(DateTimeOffset at, int? days = null) =>
            new(file.File.Id, file.File.RegistrationNumber, file.File.DefinitionId, null, null, at, days);

        void Add(PerformanceFigure figure, PerformanceFileEntry entry)
        {
            foreach (var tally in tallies)
            {
                tally.Add(figure, entry);
            }
        }

        var submitted = file.File.SubmittedAt;
        if (InPeriod(submitted))
        {
            Add(PerformanceFigure.Received, Entry(submitted));
        }

        if (submitted < until && (file.CompletedAt is not { } closed || closed >= until))
        {
            Add(PerformanceFigure.InProgress, Entry(submitted));
        }

        if (file.CompletedAt is { } completed && InPeriod(completed))
        {
            var days = file.ActiveDays(submitted, completed);
            Add(PerformanceFigure.Completed, Entry(completed, days));
            Array.ForEach(tallies, t => t.AddCompletedDays(days));
            if (file.StatutoryDaysUsed(completed) is { } used && file.StatutoryStart <= completed)
            {
                var onTime = file.DeemedAt is null && used <= file.StatutoryDays;
                Add(onTime ? PerformanceFigure.OnTime : PerformanceFigure.Late, Entry(completed, used));
            }
        }

        foreach (var stay in file.Stays.Where(s => InPeriod(s.From)))
        {
            var days = file.DaysWithApplicant(stay);
            Add(PerformanceFigure.Returns, Entry(stay.From, days));
            Array.ForEach(tallies, t => t.AddApplicantDays(days));
        }

        if (file.DeemedAt is { } deemed && InPeriod(deemed))
        {
            Add(PerformanceFigure.DeemedApprovals, Entry(deemed));
        }

        foreach (var escalation in file.Escalations.Where(e => InPeriod(e.At)))
        {
            Add(PerformanceFigure.Escalations, Entry(escalation.At));
        }

        if (file.File.Status != ApplicationStatuses.Completed && OverdueSince(file, steps) is { } since)
        {
            Add(PerformanceFigure.OverdueNow, Entry(since));
        }
    }

    /// <summary>
    /// An open file is overdue when one of its open steps is past its due instant, or, while it is not with the applicant, its
    /// statutory working days are used up; returns the earliest such due instant (the statutory one: when the clock started).
    /// </summary>
    private DateTimeOffset? OverdueSince(FileTimeline file, IReadOnlyList<PerformanceStepFact> steps)
    {
        var late = steps.Where(s => s.Status == TaskStates.Open && s.DueAt < now).Select(s => s.DueAt).Min();
        if (late is not null)
        {
            return late;
        }

        return !file.IsWithApplicant && file.StatutoryDaysUsed(now) > file.StatutoryDays ? file.StatutoryStart : null;
    }

    private void TallyStep(FileTimeline file, PerformanceStepFact step, PerformanceTally[] tallies)
    {
        PerformanceFileEntry Entry(DateTimeOffset at, int? days = null) =>
            new(file.File.Id, file.File.RegistrationNumber, file.File.DefinitionId, step.Office, stepName?.Invoke(file.File, step) ?? step.Title, at, days);

        void Add(PerformanceFigure figure, PerformanceFileEntry entry)
        {
            foreach (var tally in tallies)
            {
                tally.Add(figure, entry);
            }
        }

        if (InPeriod(step.CreatedAt))
        {
            Add(PerformanceFigure.Received, Entry(step.CreatedAt));
        }

        if (step.CreatedAt < until && (step.ClosedAt is not { } closed || closed >= until))
        {
            Add(PerformanceFigure.InProgress, Entry(step.CreatedAt));
        }

        if (step is { Status: TaskStates.Completed, ClosedAt: { } completed } && InPeriod(completed))
        {
            var days = file.ActiveDays(step.CreatedAt, completed);
            Add(PerformanceFigure.Completed, Entry(completed, days));
            Array.ForEach(tallies, t => t.AddCompletedDays(days));
            if (step.DueAt is { } due)
            {
                Add(completed <= due ? PerformanceFigure.OnTime : PerformanceFigure.Late, Entry(completed, days));
            }

            // The decision that sends the file back is written in the same instant as the return.
            if (file.Stays.Find(s => s.From == completed) is { } stay)
            {
                var with = file.DaysWithApplicant(stay);
                Add(PerformanceFigure.Returns, Entry(stay.From, with));
                Array.ForEach(tallies, t => t.AddApplicantDays(with));
            }
        }

        if (file.DeemedAt is { } deemed && InPeriod(deemed) && step.CreatedAt <= deemed
            && (step.ClosedAt is not { } end || end > deemed || (end == deemed && step.Status == TaskStates.Cancelled)))
        {
            Add(PerformanceFigure.DeemedApprovals, Entry(deemed));
        }

        if (step.EscalatedToRole is not null)
        {
            foreach (var escalation in file.Escalations.Where(e =>
                e.ActivityId == step.ActivityId && InPeriod(e.At) && e.At >= step.CreatedAt && (step.ClosedAt is not { } done || e.At <= done)))
            {
                Add(PerformanceFigure.Escalations, Entry(escalation.At));
            }
        }

        if (step.Status == TaskStates.Open && step.DueAt is { } stepDue && stepDue < now)
        {
            Add(PerformanceFigure.OverdueNow, Entry(stepDue));
        }
    }
}
