namespace Mpp.Workflows.Designer.Performance;

/// <summary>
/// Keeps a CSV cell that a spreadsheet would run as a formula as text, for every CSV export of the public boards: names are
/// typed by analysts and comments by citizens.
/// </summary>
internal static class SpreadsheetText
{
    /// <summary>
    /// <paramref name="value"/> with a leading apostrophe when, after any leading whitespace (which spreadsheets skip before
    /// reading a formula, so <c>" =1+1"</c> still runs), it starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>.
    /// </summary>
    public static string Guard(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var start = value.AsSpan().TrimStart();
        return start.Length > 0 && start[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
    }
}
