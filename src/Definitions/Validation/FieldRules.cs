using Mpp.Workflows.Definitions.Json;

namespace Mpp.Workflows.Definitions.Validation;

/// <summary>Checks shared by the application form (<c>inputs</c>) and task forms (<c>form</c>).</summary>
internal static class FieldRules
{
    /// <summary>The largest <c>maxLength</c> a field may declare: a request body holds at most 1 MB.</summary>
    public const int MaxMaxLength = 100_000;

    public static readonly IReadOnlyList<string> UiHints = ["SingleLine", "MultiLine", "Dropdown", "Checkbox", "DatePicker", "FilePicker"];

    /// <summary>Names must be present and unique (data keys are matched case-insensitively), types and UI hints known.</summary>
    public static void Check(IEnumerable<(FieldDefinition Field, string Path)> fields, ValidationContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, path) in fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name))
            {
                context.Add(JsonPaths.Property(path, "name"), "A field needs a name.");
            }
            else if (seen.TryGetValue(field.Name, out var first))
            {
                context.Add(JsonPaths.Property(path, "name"), $"Field name '{field.Name}' is already used by {first}.");
            }
            else
            {
                seen[field.Name] = path;
            }

            if (!Enum.IsDefined(field.Type))
            {
                context.Add(JsonPaths.Property(path, "type"), $"Unknown field type '{field.Type}'; use {string.Join(", ", FieldDefinitionJson.TypeNames)}.");
            }

            if (field.UiHint is { } hint && !UiHints.Contains(hint, StringComparer.OrdinalIgnoreCase))
            {
                context.Add(JsonPaths.Property(path, "uiHint"), $"Unknown uiHint '{hint}'; use {string.Join(", ", UiHints)}.");
            }

            if (field.MaxLength is < 1 or > MaxMaxLength)
            {
                context.Add(JsonPaths.Property(path, "maxLength"), $"'maxLength' must be between 1 and {MaxMaxLength}.");
            }

            if (string.Equals(field.UiHint, "Dropdown", StringComparison.OrdinalIgnoreCase) && field.Choices.Count == 0)
            {
                context.Add(JsonPaths.Property(path, "options"), $"Dropdown field '{field.Name}' needs options to choose from.");
            }
        }
    }
}
