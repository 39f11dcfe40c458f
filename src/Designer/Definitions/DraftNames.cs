using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The texts people read in a route (the service's name and description, each step's name, title and outcomes, the form's
/// labels, descriptions and options, the requirements, the legal basis and every text of the permit printed on the PDF)
/// follow the input rule of application data (<see cref="ApplicationDataValidator.CheckSingleLine"/>, or
/// <see cref="ApplicationDataValidator.CheckMultiLine"/> where a text may have several lines): no control,
/// bidirectional-override or invisible characters that would make a text on a task list, the form, a file's history or the
/// permit read differently than it is. Each refusal is in Indonesian, by the JSON path of the setting it is about.
/// </summary>
internal static class DraftNames
{
    /// <summary>The longest text of several lines (a description, a permit's statement).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>What is wrong with the route's texts, by JSON path; empty when nothing is.</summary>
    public static Dictionary<string, string[]> Refusals(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Line(string path, string? text, string label, int max = RouteLifecycle.MaxNameLength)
        {
            if (ApplicationDataValidator.CheckSingleLine(text, label, max) is { } refusal)
            {
                problems.TryAdd(path, [refusal]);
            }
        }

        void Lines(string path, string? text, string label)
        {
            if (ApplicationDataValidator.CheckMultiLine(text, label, MaxTextLength) is { } refusal)
            {
                problems.TryAdd(path, [refusal]);
            }
        }

        Line("$.name", definition.Name, Texts.ServiceName);
        Lines("$.description", definition.Description, Texts.RouteDescriptionLabel);
        Fields("$.inputs", definition.Inputs, Line, Lines);
        var options = definition.Options;
        for (var i = 0; i < (options.Requirements?.Count ?? 0); i++)
        {
            Line($"$.options.requirements[{i}].name", options.Requirements![i].Name, Texts.RequirementLabel(i + 1), MaxTextLength);
        }

        for (var i = 0; i < (options.LegalBasis?.Count ?? 0); i++)
        {
            Lines($"$.options.legalBasis[{i}]", options.LegalBasis![i], Texts.LegalBasisLabel(i + 1));
        }

        if (options.Permit is { } permit)
        {
            Line("$.options.permit.title", permit["title"] is JsonValue title && title.TryGetValue<string>(out var text) ? text : null, Texts.PermitTitleLabel, MaxTextLength);
            PermitTexts(permit, "$.options.permit", Lines);
        }

        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var step = ApplicationDataValidator.Printable(activity.Name ?? activity.Id);
            Line($"$.root.activities[{i}].name", activity.Name, Texts.StepNameLabel(i + 1));
            if (activity.Type != ActivityTypes.HumanTask)
            {
                continue;
            }

            var spec = HumanTaskActivity.ReadSpec(activity);
            if (!spec.TitleIsScript)
            {
                Line($"$.root.activities[{i}].title", spec.Title, Texts.StepTitleLabel(step), MaxTextLength);
            }

            foreach (var outcome in spec.Outcomes)
            {
                Line($"$.root.activities[{i}].outcomes", outcome, Texts.StepOutcomesLabel(step));
            }

            Fields($"$.root.activities[{i}].form", spec.Form, Line, Lines);
        }

        return problems;
    }

    private static void Fields(
        string path, IReadOnlyList<FieldDefinition> fields, Action<string, string?, string, int> line, Action<string, string?, string> lines)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var label = Texts.FieldLabelAt(i + 1);
            line($"{path}[{i}].displayName", field.DisplayName, label, FieldDefinition.SingleLineMaxLength);
            lines($"{path}[{i}].description", field.Description, label);
            foreach (var option in field.Choices)
            {
                line($"{path}[{i}].options", option, Texts.FieldOptionsLabel(ApplicationDataValidator.Printable(field.DisplayName)), FieldDefinition.SingleLineMaxLength);
            }
        }
    }

    /// <summary>Every text inside the route's permit (its statement, labels, suffixes, legal basis), wherever it sits.</summary>
    private static void PermitTexts(JsonNode? node, string path, Action<string, string?, string> lines)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    PermitTexts(value, $"{path}.{key}", lines);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    PermitTexts(array[i], $"{path}[{i}]", lines);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                lines(path, text, Texts.PermitTextLabel);
                break;
        }
    }
}
