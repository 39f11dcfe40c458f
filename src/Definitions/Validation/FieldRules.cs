using Mpp.Workflows.Definitions.Json;

namespace Mpp.Workflows.Definitions.Validation;

/// <summary>Checks shared by the application form (<c>inputs</c>) and task forms (<c>form</c>).</summary>
internal static class FieldRules
{
    /// <summary>The largest <c>maxLength</c> a field may declare: a request body holds at most 1 MB.</summary>
    public const int MaxMaxLength = 100_000;

    public static readonly IReadOnlyList<string> UiHints = ["SingleLine", "MultiLine", "Dropdown", "Checkbox", "DatePicker", "FilePicker"];

    /// <summary>
    /// Names must be present and unique (data keys are matched case-insensitively), types and UI hints known, formats known
    /// and on text fields. With <paramref name="applicationForm"/>, a field may repeat the applicant's identity (once per
    /// identity value, of a type that holds it); a task's form may not.
    /// </summary>
    public static void Check(IEnumerable<(FieldDefinition Field, string Path)> fields, ValidationContext context, bool applicationForm = false)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var bound = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, path) in fields)
        {
            CheckIdentityAndFormat(field, path, context, applicationForm, bound);
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

            if (field.MinLength is { } min && (min < 0 || min > field.EffectiveMaxLength))
            {
                context.Add(JsonPaths.Property(path, "minLength"), $"'minLength' must be between 0 and the field's maximum length ({field.EffectiveMaxLength}).");
            }

            if (string.Equals(field.UiHint, "Dropdown", StringComparison.OrdinalIgnoreCase) && field.Choices.Count == 0)
            {
                context.Add(JsonPaths.Property(path, "options"), $"Dropdown field '{field.Name}' needs options to choose from.");
            }
        }
    }

    private static void CheckIdentityAndFormat(
        FieldDefinition field, string path, ValidationContext context, bool applicationForm, Dictionary<string, string> bound)
    {
        if (field.Format is { } format && !FieldDefinition.Formats.All.Contains(format, StringComparer.Ordinal))
        {
            context.Add(JsonPaths.Property(path, "format"), $"Unknown format '{format}'; use {string.Join(", ", FieldDefinition.Formats.All)}.");
        }
        else if (field.Format is not null && field.Type != FieldType.String)
        {
            context.Add(JsonPaths.Property(path, "format"), $"'format' applies to String fields, not {field.Type}.");
        }

        if (field.Applicant is not { } key)
        {
            return;
        }

        var at = JsonPaths.Property(path, "applicant");
        if (!applicationForm)
        {
            context.Add(at, "'applicant' binds a field of the application form to the applicant's identity; a task's form has no applicant to fill it from.");
        }
        else if (!FieldDefinition.ApplicantKeys.All.Contains(key, StringComparer.Ordinal))
        {
            context.Add(at, $"Unknown applicant value '{key}'; use {string.Join(", ", FieldDefinition.ApplicantKeys.All)}.");
        }
        else if (bound.TryGetValue(key, out var first))
        {
            context.Add(at, $"The applicant's {key} is already bound to {first}.");
        }
        else if (!(field.Type == FieldType.String || (key == FieldDefinition.ApplicantKeys.Email && field.Type == FieldType.Email)))
        {
            context.Add(at, $"A field bound to the applicant's {key} must be a String{(key == FieldDefinition.ApplicantKeys.Email ? " or Email" : string.Empty)} field, not {field.Type}.");
        }
        else
        {
            bound[key] = path;
        }
    }
}
