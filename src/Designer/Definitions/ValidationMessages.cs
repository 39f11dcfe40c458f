using System.Text.RegularExpressions;
using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Turns validation findings into sentences for a policy analyst in the UI language (<see cref="Texts.Finding"/>): the step
/// by its display name, the setting by its label, never a JSON path, code or activity type.
/// </summary>
internal sealed partial class ValidationMessages(WorkflowDefinition? definition)
{
    /// <summary>The finding as the studio shows it.</summary>
    public string Render(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var arguments = error.Code == ValidationCodes.LoopWithoutWait ? [.. error.Arguments.Select(StepName)] : error.Arguments;
        return Texts.Finding(error.Code, StepOf(error), SettingOf(error), arguments);
    }

    /// <summary>The name of the step the error concerns: the activity its path points into (two steps may share an id), else its step.</summary>
    private string? StepOf(ValidationError error) =>
        ActivityIndex().Match(error.Path) is { Success: true } match && definition is not null
            && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < definition.Root.Activities.Count
            ? definition.Root.Activities[i].Name is { Length: > 0 } name ? name : definition.Root.Activities[i].Id
            : error.ActivityId is { } id ? StepName(id) : null;

    /// <summary>A step's display name; its id when it has none (as the canvas labels it).</summary>
    public string StepName(string activityId) =>
        definition?.Root.Find(activityId)?.Name is { Length: > 0 } name ? name : activityId;

    /// <summary>The label of the setting the error's path points at, or null.</summary>
    private string? SettingOf(ValidationError error)
    {
        if (ActivitySetting().Match(error.Path) is { Success: true } match)
        {
            var type = error.ActivityId is { } id ? definition?.Root.Find(id)?.Type : null;
            var input = type is null ? null : ActivityCatalog.Default.Find(type)?.Descriptor.Inputs
                .FirstOrDefault(i => string.Equals(i.Name, match.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            return input?.DisplayName;
        }

        return RouteSetting().Match(error.Path) is { Success: true } route ? Texts.RouteSetting(route.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"^\$\.root\.activities\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex ActivityIndex();

    [GeneratedRegex(@"^\$\.root\.activities\[\d+\]\.([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ActivitySetting();

    [GeneratedRegex(@"^\$\.(?:options\.)?([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RouteSetting();
}
