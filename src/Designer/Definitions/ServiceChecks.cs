using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Checks that matter to the service rather than to the format, reported as warnings: a task nobody can pick up (no active
/// account of its office holds its role), task deadlines on the main path (<see cref="MainPath"/>) beyond the service time,
/// and task deadlines after the file is declared complete beyond the statutory days (on the main path, else on the longest).
/// </summary>
internal static class ServiceChecks
{
    public static IEnumerable<ValidationError> Find(WorkflowDefinition definition, IReadOnlyList<UserRecord> accounts)
    {
        // The statutory clock starts when a task marking the file complete is done: without one it never runs, and neither
        // does deemed approval.
        if (definition.Options.StatutoryDays is > 0 && !definition.Root.Activities.Any(a => a.Type == ActivityTypes.HumanTask
            && HumanTaskActivity.ReadSpec(a) is { MarksComplete: true }))
        {
            yield return new ValidationError("$.options.statutoryDays", "No task marks the file complete, so the statutory clock never starts.")
            {
                Code = ValidationCodes.StatutoryClockNeverStarts,
                Severity = ValidationSeverity.Warning,
            };
        }

        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].Type != ActivityTypes.HumanTask
                || HumanTaskActivity.ReadSpec(activities[i]) is not { Office: { Length: > 0 } office, Role: { Length: > 0 } role })
            {
                continue;
            }

            var staffed = accounts.Any(a => a.Active && string.Equals(a.Office, office, StringComparison.Ordinal)
                && a.Roles.Contains(role, StringComparer.Ordinal));
            if (!staffed)
            {
                yield return new ValidationError($"$.root.activities[{i}].office", $"No active account of office '{office}' has role '{role}'.")
                {
                    Code = ValidationCodes.NoStaffForTask, Arguments = [office, role], ActivityId = activities[i].Id,
                    Severity = ValidationSeverity.Warning,
                };
            }
        }

        // Two clocks, two promises (README "Service standards"): the service time (options.slaDays) runs from submission, so the
        // whole main path must fit in it; the statutory days run from the moment the file is declared complete, so only the
        // steps after the task that marks it complete count against them.
        var main = MainPath.Find(definition.Root);
        if (definition.Options.SlaDays is { } service && main is not null && main.Days > service)
        {
            yield return new ValidationError("$.options.slaDays",
                $"The task deadlines on the main path add up to {main.Days} working days, more than the service time of {service}.")
            {
                Code = ValidationCodes.MainPathOverServiceTime,
                Arguments = [main.Days.ToString(CultureInfo.InvariantCulture), service.ToString(CultureInfo.InvariantCulture)],
                Severity = ValidationSeverity.Warning,
            };
        }

        if (definition.Options.StatutoryDays is not { } statutory)
        {
            yield break;
        }

        var afterComplete = main?.Steps.FirstOrDefault(s => s.Activity.Type == ActivityTypes.HumanTask
            && HumanTaskActivity.ReadSpec(s.Activity) is { MarksComplete: true })?.DaysAfter;
        if (afterComplete > statutory)
        {
            yield return new ValidationError("$.options.statutoryDays",
                $"The task deadlines on the main path after the file is declared complete add up to {afterComplete} working days, more than the statutory {statutory}.")
            {
                Code = ValidationCodes.MainPathOverStatutory,
                Arguments = [afterComplete.Value.ToString(CultureInfo.InvariantCulture), statutory.ToString(CultureInfo.InvariantCulture)],
                Severity = ValidationSeverity.Warning,
            };
        }
        else if (LongestDaysAfterComplete(definition.Root) is var days && days > statutory)
        {
            // Only when the main path fits: otherwise this would repeat the warning above for the same steps.
            yield return new ValidationError("$.options.statutoryDays",
                $"The task deadlines on the longest path after the file is declared complete add up to {days} working days, more than the statutory {statutory}.")
            {
                Code = ValidationCodes.SlaOverStatutory,
                Arguments = [days.ToString(CultureInfo.InvariantCulture), statutory.ToString(CultureInfo.InvariantCulture)],
                Severity = ValidationSeverity.Warning,
            };
        }
    }

    /// <summary>
    /// The largest sum of task deadlines (<c>slaDays</c>) along a path that starts after a task marking the file complete: the
    /// worst case the statutory clock has to cover (a slower branch, a correction loop taken once); 0 without such a task.
    /// </summary>
    public static int LongestDaysAfterComplete(Flowchart flowchart)
    {
        ArgumentNullException.ThrowIfNull(flowchart);
        return flowchart.Activities
            .Where(a => a.Type == ActivityTypes.HumanTask && HumanTaskActivity.ReadSpec(a) is { MarksComplete: true })
            .Select(a => LongestPathDays(flowchart, a) - OwnDays(a))
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>
    /// The largest sum of task deadlines (<c>slaDays</c>) along a path from <paramref name="from"/>, its own included; a
    /// connection back to a step already on the path (a revision loop) is not followed, so each step counts once.
    /// </summary>
    private static int LongestPathDays(Flowchart flowchart, ActivityNode from)
    {
        var memo = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        int From(ActivityNode node)
        {
            if (memo.TryGetValue(node.Id, out var known))
            {
                return known;
            }

            onPath.Add(node.Id);
            var own = OwnDays(node);
            var rest = flowchart.Connections
                .Where(c => c.Source.Activity == node.Id && !onPath.Contains(c.Target.Activity))
                .Select(c => flowchart.Find(c.Target.Activity))
                .OfType<ActivityNode>()
                .Select(From)
                .DefaultIfEmpty(0)
                .Max();
            onPath.Remove(node.Id);
            memo[node.Id] = own + rest;
            return own + rest;
        }

        return From(from);
    }

    private static int OwnDays(ActivityNode node) =>
        node.Type == ActivityTypes.HumanTask ? Math.Max(0, HumanTaskActivity.ReadSpec(node).SlaDays ?? 0) : 0;
}
