namespace Mpp.Workflows.Engine.Calendar;

/// <summary>Resolves the time zone of an office from an IANA id or an Indonesian abbreviation.</summary>
public static class TimeZones
{
    /// <summary>The zone of offices that configure none (WIB, Java).</summary>
    public const string DefaultId = "Asia/Jakarta";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WIB"] = "Asia/Jakarta",
        ["WITA"] = "Asia/Makassar",
        ["WIT"] = "Asia/Jayapura",
    };

    /// <summary>
    /// Finds "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura" or any other system zone id; "WIB", "WITA" and "WIT"
    /// (any case) map to those three.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The id is unknown to this machine's time zone database.</exception>
    public static TimeZoneInfo Resolve(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var trimmed = id.Trim();
        var systemId = Aliases.GetValueOrDefault(trimmed, trimmed);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(systemId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new TimeZoneNotFoundException(
                $"Time zone '{id}' is unknown; use an IANA id such as Asia/Jakarta or one of WIB, WITA, WIT.", ex);
        }
    }
}
