using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>Instants shown as local time of the regency (Asia/Jakarta), in the page's language.</summary>
internal static class Dates
{
    private static readonly TimeZoneInfo Zone = TimeZones.Resolve("Asia/Jakarta");

    public static string Format(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, Zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " WIB" : "—";
}
