namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// The local opening and closing time of an office. A deadline of N working days falls due at <see cref="End"/>
/// of the Nth working day; <see cref="WorkingDayCalendar.WorkingDaysLeft"/> weighs partial days by these hours.
/// </summary>
/// <example><c>new OfficeHours(new TimeOnly(7, 30), new TimeOnly(16, 0))</c></example>
public sealed record OfficeHours
{
    public OfficeHours(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"Office hours must close after they open ({start:HH:mm}–{end:HH:mm}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>08:00–16:00, the usual front-office hours of an MPP.</summary>
    public static OfficeHours Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(16, 0));

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Length => End - Start;
}
