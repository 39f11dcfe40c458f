namespace Mpp.Workflows.Engine.Calendar;

/// <summary>A weekday-or-weekend date on which government offices are closed.</summary>
/// <example><c>new Holiday(new DateOnly(2026, 3, 19), "Hari Suci Nyepi (Tahun Baru Saka 1948)", HolidayKind.National)</c></example>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind)
{
    /// <summary>
    /// The date is an estimate of a <see cref="ProvisionalCalendar"/> (a lunar date computed, a joint leave assumed), not a
    /// decree's; false for every holiday read from a calendar file or the store.
    /// </summary>
    public bool Provisional { get; init; }
}
