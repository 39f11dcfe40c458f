namespace Mpp.Workflows.Definitions.Validation;

/// <summary>
/// How large a regular expression a route's script may compile. Compiling is one native call whose cost grows with the
/// pattern (a pattern of 150,000 Unicode property escapes took seconds), so the runtime sandbox refuses a larger pattern
/// when a script builds one, and the validator refuses a literal one at publish; both read these limits, so they agree.
/// </summary>
public static class RegexPatternLimits
{
    /// <summary>Longest pattern; a condition's patterns are a few dozen characters.</summary>
    public const int MaxLength = 1_000;

    /// <summary>
    /// Most Unicode property escapes (<c>\p{…}</c>, <c>\P{…}</c>) in one pattern: each expands to thousands of ranges.
    /// </summary>
    public const int MaxPropertyEscapes = 4;

    /// <summary>
    /// Whether <paramref name="pattern"/> is longer than <see cref="MaxLength"/> or has more than <see cref="MaxPropertyEscapes"/>.
    /// </summary>
    public static bool Exceeds(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.Length > MaxLength || PropertyEscapes(pattern) > MaxPropertyEscapes;
    }

    /// <summary>The Unicode property escapes in <paramref name="pattern"/>; an escaped backslash followed by <c>p</c> is not one.</summary>
    public static int PropertyEscapes(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var count = 0;
        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
                if (pattern[i] is 'p' or 'P')
                {
                    count++;
                }
            }
        }

        return count;
    }
}
