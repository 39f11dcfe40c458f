using Mpp.Workflows.Designer.Localization;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The names people read in a route (the service's name, each step's name) follow the one-line input rule of application
/// data (<see cref="ApplicationDataValidator.CheckSingleLine"/>): no control, bidirectional-override or invisible characters
/// that would make a name on a task list or in a file's history read differently than it is.
/// </summary>
internal static class DraftNames
{
    /// <summary>What is wrong with the route's names, by JSON path; empty when nothing is.</summary>
    public static Dictionary<string, string[]> Refusals(WorkflowDefinition definition)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ApplicationDataValidator.CheckSingleLine(definition.Name, Texts.ServiceName, RouteLifecycle.MaxNameLength) is { } name)
        {
            problems["$.name"] = [name];
        }

        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (ApplicationDataValidator.CheckSingleLine(activities[i].Name, Texts.StepNameLabel(i + 1), RouteLifecycle.MaxNameLength) is { } step)
            {
                problems[$"$.root.activities[{i}].name"] = [step];
            }
        }

        return problems;
    }
}
