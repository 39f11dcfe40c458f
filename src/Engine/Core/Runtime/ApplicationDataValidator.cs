using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Checks submitted data (application form or task form) against its field definitions and returns every problem by
/// field name, in the shape of a problem-details <c>errors</c> map. Beyond the type of each value: text is at most the
/// field's <see cref="FieldDefinition.EffectiveMaxLength"/>, single-line values hold no control, format, private-use or
/// unassigned characters (nor a flood of combining marks or the replacement character of invalid UTF-8), no value holds
/// an unpaired UTF-16 surrogate, a value's JSON type is the one its field takes (a text field takes a JSON string only, a
/// number field a number within <see cref="decimal"/>'s range), and no key names a field the form does not have
/// (<see cref="ValidateApplication"/>).
/// </summary>
public static class ApplicationDataValidator
{
    /// <summary>The longest number literal taken (a decimal has at most 29 digits; the rest is sign, point, exponent).</summary>
    private const int MaxNumberLength = 40;

    /// <summary>The most combining marks (accents, vowel signs) taken in a row on one base letter; more is a stacking flood ("Zalgo").</summary>
    public const int MaxCombiningMarksInARow = 4;

    /// <summary>The longest client value echoed in an error message; longer ones are cut and end in an ellipsis.</summary>
    public const int MaxEchoLength = 100;

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
                    errors[key] = [InputTexts.Required(field.DisplayName)];
                }

                continue;
            }

            var problem = CheckText(field, value!) ?? CheckType(field, value!);
            if (problem is not null)
            {
                errors[key] = [problem];
            }
        }

        return errors;
    }

    /// <summary>
    /// An application's data: <see cref="Validate"/> plus a refusal of every key that is not one of the form's
    /// <paramref name="inputs"/> (the web form never sends one; through the API it is a typo or a probe).
    /// </summary>
    public static Dictionary<string, string[]> ValidateApplication(JsonObject data, IReadOnlyList<FieldDefinition> inputs, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(inputs);
        var errors = UnknownKeys(data, inputs, prefix);
        foreach (var (key, messages) in Validate(data, inputs, prefix))
        {
            errors.TryAdd(key, messages);
        }

        return errors;
    }

    /// <summary>An error for each key of <paramref name="data"/> that names no field of <paramref name="fields"/>.</summary>
    public static Dictionary<string, string[]> UnknownKeys(JsonObject data, IReadOnlyList<FieldDefinition> fields, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, _) in data)
        {
            if (!fields.Any(f => string.Equals(f.Name, key, StringComparison.Ordinal)))
            {
                errors[prefix + Printable(key)] = [InputTexts.UnknownField(Printable(key))];
            }
        }

        return errors;
    }

    /// <summary>
    /// A free text of one line (a name, a phone number): at most <paramref name="maxLength"/> characters, no control
    /// characters, no unpaired surrogates. Null when it passes.
    /// </summary>
    public static string? CheckSingleLine(string? text, string displayName, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        return text is null ? null : Check(text, displayName, maxLength, InputTexts.ControlCharacter);
    }

    /// <summary>
    /// The rule of <see cref="CheckSingleLine"/> for a text of several lines (a description, a statement): line breaks and
    /// tabs are allowed, other controls, bidirectional overrides and isolates, and invisible characters are not.
    /// </summary>
    public static string? CheckMultiLine(string? text, string displayName, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (text is null)
        {
            return null;
        }

        // The lines are checked one by one, but the message must not call a text of several lines a single-line field.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\t');
        return text.Length > maxLength ? InputTexts.TooLong(displayName, maxLength, text.Length)
            : lines.Select(line => Check(line, displayName, int.MaxValue, InputTexts.ControlCharacterInText)).FirstOrDefault(m => m is not null);
    }

    private static string? Check(string text, string displayName, int maxLength, Func<string, string> controlCharacter) =>
        text.Length > maxLength ? InputTexts.TooLong(displayName, maxLength, text.Length)
            : HasUnpairedSurrogate(text) || text.Contains('\uFFFD', StringComparison.Ordinal) ? InputTexts.InvalidText(displayName)
            : text.Any(IsForbiddenInSingleLine) || text.EnumerateRunes().Any(IsInvisibleOrUnassigned) ? controlCharacter(displayName)
            : HasCombiningFlood(text) ? InputTexts.CombiningMarks(displayName, MaxCombiningMarksInARow)
            : null;

    /// <summary>
    /// Whether a JSON number literal is one the product can read and store: it parses as a <see cref="decimal"/> (the
    /// permit template and the conditions read numbers so) without overflowing, and it does not underflow to zero either
    /// (<c>1e-999999999</c> parses as 0 but no PostgreSQL <c>numeric</c>/<c>jsonb</c> holds it).
    /// </summary>
    public static bool IsDecimalLiteral(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal.Length > MaxNumberLength
            || !decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var exponent = literal.IndexOfAny(['e', 'E']);
        var mantissa = exponent < 0 ? literal : literal[..exponent];
        return value != 0m || !mantissa.Any(c => c is >= '1' and <= '9');
    }

    /// <summary>A client's value as it may be echoed in an error: bounded, without control characters or broken surrogates.</summary>
    public static string Printable(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var clean = new string([.. value.Take(MaxEchoLength).Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);
        return clean.Length == value.Length ? clean : clean + "…";
    }

    /// <summary>
    /// A text against a field's <see cref="FieldDefinition.EffectiveFormat"/>: a NIK is exactly 16 digits; a phone number
    /// is 8 to 15 digits with an optional leading +, and spaces, dots, dashes or brackets between them. Null when it passes
    /// (or there is no format).
    /// </summary>
    public static string? CheckFormat(string? format, string text, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayName);
        return format switch
        {
            FieldDefinition.Formats.Nik => IsNik(text) ? null : InputTexts.NikFormat(displayName),
            FieldDefinition.Formats.Phone => IsPhone(text) ? null : InputTexts.PhoneFormat(displayName),
            _ => null,
        };
    }

    /// <summary>Exactly 16 ASCII digits.</summary>
    public static bool IsNik(string text) => text is { Length: 16 } && text.All(char.IsAsciiDigit);

    /// <summary>An optional leading +, then 8 to 15 ASCII digits with spaces, dots, dashes or brackets between them.</summary>
    public static bool IsPhone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.StartsWith('+') ? text[1..] : text;
        var digits = body.Count(char.IsAsciiDigit);
        return digits is >= 8 and <= 15
            && body.Length > 0 && char.IsAsciiDigit(body[^1])
            && body.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')');
    }

    private static string? CheckText(FieldDefinition field, JsonNode value)
    {
        var kind = value.GetValueKind();
        if (kind == JsonValueKind.Number)
        {
            var literal = value.ToJsonString();
            return literal.Length > MaxNumberLength && field.Type == FieldType.Number
                ? InputTexts.TooLong(field.DisplayName, MaxNumberLength, literal.Length) : null;
        }

        if (kind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetValue<string>();
        if (field.MinLength is { } min && text.Trim().Length < min)
        {
            return InputTexts.TooShort(field.DisplayName, min, text.Trim().Length);
        }

        if (field.IsMultiLine)
        {
            return text.Length > field.EffectiveMaxLength ? InputTexts.TooLong(field.DisplayName, field.EffectiveMaxLength, text.Length)
                : HasUnpairedSurrogate(text) ? InputTexts.InvalidText(field.DisplayName)
                : text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? InputTexts.ControlCharacter(field.DisplayName)
                : null;
        }

        return CheckSingleLine(text, field.DisplayName, field.EffectiveMaxLength);
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
                // Read as the permit template and the conditions read it: a literal beyond decimal's range is no number.
                // A literal beyond decimal's range, or one that underflows to zero, is no number.
                var isNumber = kind == JsonValueKind.Number
                    ? IsDecimalLiteral(value.ToJsonString())
                    : kind == JsonValueKind.String && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
                return isNumber ? null : InputTexts.Number(field.DisplayName);
            case FieldType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False || bool.TryParse(text, out _)
                    ? null : InputTexts.Boolean(field.DisplayName);
            case FieldType.Date:
                return text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : InputTexts.Date(field.DisplayName);
            case FieldType.Email:
                return text is not null && IsEmail(text) ? null : InputTexts.Email(field.DisplayName);
            case FieldType.String:
            case FieldType.File:
            default:
                // A text (or a file's id) is a JSON string: a number here is stored as one, and a number is read as a
                // decimal later (permit template, conditions), where 1e999999999 has no value.
                if (text is null)
                {
                    return InputTexts.Text(field.DisplayName);
                }

                if (field.Choices.Count > 0 && !field.Choices.Contains(text, StringComparer.Ordinal))
                {
                    return InputTexts.OneOf(field.DisplayName, field.Choices);
                }

                return CheckFormat(field.EffectiveFormat, text ?? value.ToJsonString(), field.DisplayName);
        }
    }

    /// <summary>
    /// Characters a one-line value never needs: C0/C1 controls (tab and line breaks included), the Unicode line and
    /// paragraph separators, and the bidirectional overrides and isolates that make a name read differently than it is.
    /// </summary>
    private static bool IsForbiddenInSingleLine(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>
    /// Characters no one types into a one-line value and that hide what it says: format characters (zero-width space
    /// and joiner, byte-order mark, tag characters), private-use characters and unassigned code points or noncharacters
    /// (U+FFFF).
    /// </summary>
    private static bool IsInvisibleOrUnassigned(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    /// <summary>More than <see cref="MaxCombiningMarksInARow"/> combining marks in a row (nonspacing or enclosing).</summary>
    private static bool HasCombiningFlood(string text)
    {
        var run = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            run = Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? run + 1 : 0;
            if (run > MaxCombiningMarksInARow)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsEmail(string text) => Mailbox.IsPlainAddress(text);
}
