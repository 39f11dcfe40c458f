using Mpp.Workflows.Definitions;
using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Checks that matter to the service rather than to the format, reported as warnings: a task nobody can pick up (no active
/// account of its office holds its role), and task deadlines that add up to more than the statutory days: on the main path
/// (the completion time the service standard publishes, <see cref="MainPath"/>) and on the longest path.
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

        // The main path's sum is the completion time the published standard promises; the longest path is the worst case
        // (a slower branch, a correction loop taken once). They are different promises, so each warns on its own.
        if (definition.Options.StatutoryDays is { } published && MainPath.Find(definition.Root) is { } main && main.Days > published)
        {
            yield return new ValidationError("$.options.statutoryDays",
                $"The task deadlines on the main path add up to {main.Days} working days, more than the statutory {published}.")
            {
                Code = ValidationCodes.MainPathOverStatutory,
                Arguments = [main.Days.ToString(CultureInfo.InvariantCulture), published.ToString(CultureInfo.InvariantCulture)],
                Severity = ValidationSeverity.Warning,
            };
        }

        if (definition.Options.StatutoryDays is { } statutory && LongestPathDays(definition.Root) is var days && days > statutory)
        {
            yield return new ValidationError("$.options.statutoryDays",
                $"The task deadlines on the longest path add up to {days} working days, more than the statutory {statutory}.")
            {
                Code = ValidationCodes.SlaOverStatutory,
                Arguments = [days.ToString(CultureInfo.InvariantCulture), statutory.ToString(CultureInfo.InvariantCulture)],
                Severity = ValidationSeverity.Warning,
            };
        }
    }

    /// <summary>
    /// The largest sum of task deadlines (<c>slaDays</c>) along a path from the start; a connection back to a step already on
    /// the path (a revision loop) is not followed, so each step counts once.
    /// </summary>
    public static int LongestPathDays(Flowchart flowchart)
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
            var own = node.Type == ActivityTypes.HumanTask ? Math.Max(0, HumanTaskActivity.ReadSpec(node).SlaDays ?? 0) : 0;
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

        return flowchart.Activities.Where(a => a.Type == ActivityTypes.Start).Select(From).DefaultIfEmpty(0).Max();
    }
}
