using System.Net.Mail;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Checks submitted data (application form or task form) against its field definitions and returns every problem by
/// field name, in the shape of a problem-details <c>errors</c> map.
/// </summary>
public static class ApplicationDataValidator
{
    public static Dictionary<string, string[]> Validate(JsonObject data, IReadOnlyList<FieldDefinition> fields, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var key = prefix + field.Name;
            data.TryGetPropertyValue(field.Name, out var value);
            if (IsEmpty(value))
            {
                if (field.Required)
                {
                    errors[key] = [$"'{field.DisplayName}' is required."];
                }

                continue;
            }

            var problem = CheckType(field, value!);
            if (problem is not null)
            {
                errors[key] = [problem];
            }
        }

        return errors;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));

    private static string? CheckType(FieldDefinition field, JsonNode value)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        switch (field.Type)
        {
            case FieldType.Number:
                var isNumber = kind == JsonValueKind.Number
                    || (text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _));
                return isNumber ? null : $"'{field.DisplayName}' must be a number.";
            case FieldType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False || bool.TryParse(text, out _)
                    ? null : $"'{field.DisplayName}' must be true or false.";
            case FieldType.Date:
                return text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : $"'{field.DisplayName}' must be a date written yyyy-MM-dd.";
            case FieldType.Email:
                return text is not null && IsEmail(text) ? null : $"'{field.DisplayName}' must be an e-mail address.";
            case FieldType.String:
            case FieldType.File:
            default:
                if (text is null && kind != JsonValueKind.Number)
                {
                    return $"'{field.DisplayName}' must be text.";
                }

                if (field.Choices.Count > 0 && !field.Choices.Contains(text ?? value.ToJsonString(), StringComparer.Ordinal))
                {
                    return $"'{field.DisplayName}' must be one of: {string.Join(", ", field.Choices)}.";
                }

                return null;
        }
    }

    internal static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
