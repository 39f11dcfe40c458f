using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>The input checks every activity type shares, so each type only states what is special about it.</summary>
internal static class InputChecks
{
    public static string PathOf(string nodePath, string input) => JsonPaths.Property(nodePath, input);

    /// <summary>
    /// Inputs the type does not have (usually a typo that would silently switch a feature off), expression types an input
    /// does not take, JavaScript that does not parse, and required inputs that are missing.
    /// </summary>
    public static void CheckCommon(ActivityNode node, ActivityDescriptor descriptor, string path, ValidationContext context)
    {
        foreach (var (name, input) in node.Inputs)
        {
            var inputPath = PathOf(path, name);
            var declared = descriptor.Inputs.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
            if (declared is null)
            {
                context.Add(inputPath, descriptor.Inputs.Count == 0
                    ? $"{descriptor.Type} has no inputs, so '{name}' has no effect."
                    : $"{descriptor.Type} has no input '{name}'; its inputs are {string.Join(", ", descriptor.Inputs.Select(d => d.Name))}.");
                continue;
            }

            if (!declared.Accepts(input.Expression.Type))
            {
                var allowed = declared.Syntaxes ?? [declared.DefaultSyntax];
                context.Add(inputPath, $"'{declared.Name}' does not take a {input.Expression.Type} expression; use {string.Join(" or ", allowed)}.");
                continue;
            }

            if (input.Expression is { Type: ExpressionType.JavaScript, Value: { } script })
            {
                if (JsonNodes.AsString(script) is { } source)
                {
                    CheckScript(source, inputPath, context);
                }
                else
                {
                    context.Add(inputPath, $"The JavaScript of '{declared.Name}' must be text, not {JsonNodes.KindOf(script)}.");
                }
            }
        }

        foreach (var required in descriptor.Inputs.Where(d => d.Required && IsMissing(node, d.Name)))
        {
            context.Add(PathOf(path, required.Name), ValidationCodes.SettingMissing, $"{descriptor.Type} needs '{required.Name}' ({required.DisplayName}).", required.Name);
        }
    }

    public static void CheckScript(string source, string path, ValidationContext context)
    {
        if (JavaScriptSyntax.FindError(source) is { } error)
        {
            context.Add(path, ValidationCodes.ScriptInvalid, error);
        }
    }

    /// <summary>
    /// Whether the literal-value checks below should leave the input alone: absent, null or blank (the required check
    /// reports that), or not a literal (a script is evaluated at run time; a syntax the input does not take is reported by
    /// <see cref="CheckCommon"/>).
    /// </summary>
    public static bool SkipValueCheck(ActivityNode node, string input) =>
        IsMissing(node, input) || node.GetExpression(input)?.Type != ExpressionType.Literal;

    /// <summary>Absent, null or blank: required-input checks have already reported it, so value checks skip it.</summary>
    public static bool IsMissing(ActivityNode node, string input) => node.GetExpression(input) switch
    {
        null or { Value: null } => true,
        { Value: var value } => JsonNodes.AsString(value) is { } text && string.IsNullOrWhiteSpace(text),
    };

    /// <summary>A literal text value; reports any other literal. Null when missing, not a literal or wrong.</summary>
    public static string? CheckText(ActivityNode node, string input, string path, ValidationContext context)
    {
        if (SkipValueCheck(node, input))
        {
            return null;
        }

        var value = node.GetExpression(input)?.Value;
        if (JsonNodes.AsString(value) is { } text)
        {
            return text;
        }

        context.Add(PathOf(path, input), $"'{input}' must be text, not {JsonNodes.KindOf(value)}.");
        return null;
    }

    /// <summary>A literal whole number of at least <paramref name="minimum"/>; reports any other literal. Null when missing or wrong.</summary>
    public static int? CheckWholeNumber(ActivityNode node, string input, int minimum, string path, ValidationContext context)
    {
        if (SkipValueCheck(node, input))
        {
            return null;
        }

        if (node.GetLiteralInt(input) is not { } number)
        {
            context.Add(PathOf(path, input), $"'{input}' must be a whole number, not '{node.GetLiteralString(input) ?? "a list or object"}'.");
            return null;
        }

        if (number < minimum)
        {
            context.Add(PathOf(path, input), string.Create(CultureInfo.InvariantCulture, $"'{input}' must be at least {minimum}, not {number}."));
            return null;
        }

        return number;
    }

    public static void CheckBoolean(ActivityNode node, string input, string path, ValidationContext context)
    {
        if (!SkipValueCheck(node, input) && node.GetLiteralBool(input) is null)
        {
            context.Add(PathOf(path, input), $"'{input}' must be true or false.");
        }
    }

    /// <summary>One of <paramref name="choices"/> (case-insensitive), in its canonical spelling; reports anything else.</summary>
    public static string? CheckChoice(ActivityNode node, string input, IReadOnlyList<string> choices, string path, ValidationContext context)
    {
        if (SkipValueCheck(node, input))
        {
            return null;
        }

        var text = node.GetLiteralString(input);
        if (Choose(text, choices) is { } choice)
        {
            return choice;
        }

        context.Add(PathOf(path, input), $"'{input}' must be {string.Join(", ", choices)}, not '{text ?? "a list or object"}'.");
        return null;
    }

    public static string? Choose(string? text, IReadOnlyList<string> choices) =>
        text is null ? null : choices.FirstOrDefault(choice => string.Equals(choice, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A list of names that become ports or values (outcomes, branches, attachments): an array of non-empty strings, each
    /// once (ports compare case-insensitively). Returns the readable names; null when the input is missing or not an array.
    /// </summary>
    public static IReadOnlyList<string>? CheckNames(ActivityNode node, string input, string path, ValidationContext context)
    {
        if (IsMissing(node, input))
        {
            return null;
        }

        var listPath = PathOf(path, input);
        if (node.GetObject(input) is not JsonArray array)
        {
            context.Add(listPath, $"'{input}' must be a list of names, e.g. [\"Setuju\", \"Tolak\"].");
            return null;
        }

        var names = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var name = JsonNodes.AsString(array[i]);
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Add(JsonPaths.Index(listPath, i), $"Each entry of '{input}' must be a non-empty text.");
            }
            else if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                context.Add(JsonPaths.Index(listPath, i), $"'{name}' appears more than once in '{input}'.");
            }
            else
            {
                names.Add(name);
            }
        }

        return names;
    }
}
