using Acornima;

namespace Mpp.Workflows.Definitions.Validation;

/// <summary>
/// Checks definition scripts before they run. Jint only finds a syntax error when the activity executes, possibly weeks
/// into an application; the validator parses every script up front with Acornima (the parser Jint itself uses).
/// </summary>
internal static class JavaScriptSyntax
{
    private static readonly ParserOptions Options = new() { Tolerant = false };

    /// <summary>Null when <paramref name="source"/> is a single JavaScript expression, otherwise what is wrong and where.</summary>
    public static string? FindError(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "The JavaScript expression is empty.";
        }

        try
        {
            new Parser(Options).ParseExpression(source);
            return null;
        }
        catch (ParseErrorException e)
        {
            // Acornima counts columns from 0; editors and people count from 1.
            return $"JavaScript does not parse: {e.Error.Description} (line {e.LineNumber}, column {e.Column + 1}).";
        }
    }
}
