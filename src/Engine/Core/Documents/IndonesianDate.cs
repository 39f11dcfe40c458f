namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Indonesian date text for letters ("27 November 2026"). Month names are our own table, so the output does not
/// depend on the ICU data (or invariant globalization) of the machine that renders.
/// </summary>
public static class IndonesianDate
{
    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    /// <summary>"27 November 2026".</summary>
    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>
    /// "27 November 2026 pukul 09.15 WIB": the wall-clock time at the value's own offset, named by the Indonesian
    /// zone abbreviation when the offset is one of the three Indonesian zones.
    /// </summary>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var zone = value.Offset.TotalMinutes switch
        {
            420 => "WIB",
            480 => "WITA",
            540 => "WIT",
            _ => "UTC" + (value.Offset < TimeSpan.Zero ? "-" : "+") + value.Offset.ToString(@"hh\:mm", null),
        };
        return $"{Format(DateOnly.FromDateTime(value.DateTime))} pukul {value.Hour:00}.{value.Minute:00} {zone}";
    }
}
