using Acornima;
using Acornima.Ast;

namespace Mpp.Workflows.Definitions.Validation;

/// <summary>
/// Checks definition scripts before they run. Jint only finds a syntax error when the activity executes, possibly weeks
/// into an application; the validator parses every script up front with Acornima (the parser Jint itself uses). It also
/// refuses what is hostile on its face: a regular expression with a nested unbounded quantifier (<c>(a+)+</c>, which
/// backtracks exponentially) and a literal <c>repeat</c>/<c>padStart</c>/<c>padEnd</c> beyond the sandbox's longest string.
/// It also refuses a source longer than <see cref="MaxSourceLength"/>, one nested too deeply to parse, BigInt literals, and
/// regular expression patterns beyond the sandbox's pattern limits. The runtime sandbox enforces its limits anyway; this only says so at publish instead of in a faulted application.
/// </summary>
internal static class JavaScriptSyntax
{
    /// <summary>The longest string the runtime sandbox lets a built-in build (JintSandbox.MaxStringLength).</summary>
    public const int MaxStringLength = 1_000_000;

    /// <summary>The longest script source the runtime sandbox runs (JintExpressionEvaluator.MaxSourceLength).</summary>
    public const int MaxSourceLength = 10_000;

    private static readonly ParserOptions Options = new() { Tolerant = false };
    private static readonly string[] GrowingMethods = ["repeat", "padStart", "padEnd"];

    /// <summary>Null when <paramref name="source"/> is a single JavaScript expression, otherwise what is wrong and where.</summary>
    public static string? FindError(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "The JavaScript expression is empty.";
        }

        if (source.Length > MaxSourceLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The JavaScript expression has {source.Length:N0} characters; at most {MaxSourceLength:N0} are allowed.");
        }

        try
        {
            var expression = new Parser(Options).ParseExpression(source);
            return expression.DescendantNodesAndSelf().Select(FindHostile).FirstOrDefault(e => e is not null);
        }
        catch (InsufficientExecutionStackException)
        {
            return "The JavaScript expression is nested too deeply to be read (brackets, operators or calls inside one another).";
        }
        catch (ParseErrorException e)
        {
            // Acornima counts columns from 0; editors and people count from 1.
            return $"JavaScript does not parse: {e.Error.Description} (line {e.LineNumber}, column {e.Column + 1}).";
        }
    }

    private static string? FindHostile(Node node) => node switch
    {
        BigIntLiteral literal => $"JavaScript uses the BigInt {literal.Raw}: BigInt is not available to expressions (its arithmetic has no bound).",
        RegExpLiteral literal when RegexPatternLimits.Exceeds(literal.RegExp.Pattern) => Oversized(literal.RegExp.Pattern),
        NewExpression { Callee: Identifier { Name: "RegExp" } } construct when PatternOf(construct.Arguments) is { } pattern && RegexPatternLimits.Exceeds(pattern) =>
            Oversized(pattern),
        CallExpression { Callee: Identifier { Name: "RegExp" } } call when PatternOf(call.Arguments) is { } pattern && RegexPatternLimits.Exceeds(pattern) =>
            Oversized(pattern),
        RegExpLiteral literal when HasNestedQuantifier(literal.RegExp.Pattern) => Catastrophic(literal.RegExp.Pattern),
        NewExpression { Callee: Identifier { Name: "RegExp" } } construct when PatternOf(construct.Arguments) is { } pattern && HasNestedQuantifier(pattern) =>
            Catastrophic(pattern),
        CallExpression { Callee: Identifier { Name: "RegExp" } } call when PatternOf(call.Arguments) is { } pattern && HasNestedQuantifier(pattern) =>
            Catastrophic(pattern),
        CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier { Name: var method } } } call
            when GrowingMethods.Contains(method) && call.Arguments.Count > 0 && call.Arguments[0] is NumericLiteral { Value: > MaxStringLength } count =>
            string.Create(CultureInfo.InvariantCulture, $"JavaScript asks {method}({count.Raw}): more than the {MaxStringLength:N0} characters a string may have."),
        _ => null,
    };

    private static string? PatternOf(in NodeList<Acornima.Ast.Expression> arguments) =>
        arguments.Count > 0 && arguments[0] is StringLiteral pattern ? pattern.Value : null;

    private static string Oversized(string pattern) => string.Create(CultureInfo.InvariantCulture,
        $"A regular expression of {pattern.Length:N0} characters with {RegexPatternLimits.PropertyEscapes(pattern)} Unicode property escapes: at most {RegexPatternLimits.MaxLength:N0} characters and {RegexPatternLimits.MaxPropertyEscapes} escapes (\\p{{…}}) are allowed.");

    private static string Catastrophic(string pattern) =>
        $"The regular expression /{pattern}/ repeats a group that itself repeats (like (a+)+): it can run for seconds on a short text. Remove the outer or inner repetition.";

    /// <summary>A group with an unbounded quantifier inside, itself followed by an unbounded quantifier: <c>(a+)+</c>, <c>(\w*)*</c>, <c>(x+){2,}</c>.</summary>
    internal static bool HasNestedQuantifier(string pattern)
    {
        // For each open group: whether something inside it repeats without bound.
        var groups = new Stack<bool>();
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    // A character class: skip to its end; nothing inside is a quantifier.
                    for (i++; i < pattern.Length && pattern[i] != ']'; i++)
                    {
                        if (pattern[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '(':
                    groups.Push(false);
                    break;
                case ')' when groups.Count > 0:
                    var repeatsInside = groups.Pop();
                    var repeated = IsUnboundedQuantifier(pattern, i + 1);
                    if (repeatsInside && repeated)
                    {
                        return true;
                    }

                    MarkRepeat(groups, repeatsInside || repeated);
                    break;
                default:
                    MarkRepeat(groups, IsUnboundedQuantifier(pattern, i));
                    break;
            }
        }

        return false;
    }

    private static void MarkRepeat(Stack<bool> groups, bool repeats)
    {
        if (repeats && groups.Count > 0 && !groups.Peek())
        {
            groups.Pop();
            groups.Push(true);
        }
    }

    private static bool IsUnboundedQuantifier(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return false;
        }

        if (pattern[at] is '+' or '*')
        {
            return true;
        }

        // {n,} without an upper bound.
        if (pattern[at] != '{')
        {
            return false;
        }

        var close = pattern.IndexOf('}', at);
        return close > at && pattern[(at + 1)..close] is var bounds && bounds.EndsWith(',') && bounds[..^1].All(char.IsAsciiDigit) && bounds.Length > 1;
    }
}
