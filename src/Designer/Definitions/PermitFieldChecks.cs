using Mpp.Workflows.Definitions.Model;
using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The route's own permit (<c>options.permit</c>) prints the applicant's answers: a <c>{field}</c> in its title, the holder's
/// name and NIK fields, and each printed line's field must be a field of the route's form, or the permit would print an empty
/// place where the analyst expected a value.
/// </summary>
internal static class PermitFieldChecks
{
    public static IEnumerable<ValidationError> Find(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Options.Permit is not { } permit)
        {
            yield break;
        }

        var fields = definition.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in new[] { "title", "grantStatement" })
        {
            if (permit[property] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                foreach (var name in PermitTemplate.FieldPlaceholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Where(n => !fields.Contains(n)))
                {
                    yield return Unknown($"$.options.permit.{property}", name);
                }
            }
        }

        foreach (var property in new[] { "holderNameField", "holderNikField" })
        {
            if (permit[property] is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0 && !fields.Contains(name))
            {
                yield return Unknown($"$.options.permit.{property}", name);
            }
        }

        if (permit["fields"] is JsonArray lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] is JsonObject line && line["field"] is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0
                    && !fields.Contains(name))
                {
                    yield return Unknown($"$.options.permit.fields[{i}].field", name);
                }
            }
        }
    }

    private static ValidationError Unknown(string path, string field) =>
        new(path, $"The permit prints the form field '{field}', which the route's form does not have.")
        {
            Code = ValidationCodes.PermitFieldUnknown,
            Arguments = [field],
        };
}
