namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// The holidays of a year whose decree (SKB 3 Menteri) is not loaded yet, built by rule so that clocks reaching it still get a
/// due date, marked as an estimate. Every holiday is <see cref="Holiday.Provisional"/>; the year is
/// <see cref="CalendarYear.IsProvisional"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Fixed by law: 1 January, 1 May, 1 June (Pancasila), 17 August, 25 December.</item>
/// <item>Islamic holidays from .NET's <see cref="UmAlQuraCalendar"/>: Isra Mikraj 27 Rajab, Idul Fitri 1–2 Syawal, Idul Adha
/// 10 Zulhijah, Tahun Baru Islam 1 Muharam, Maulid 12 Rabiul Awal. The decree follows the Ministry of Religious Affairs'
/// sighting criteria, which may fall a day later than Umm al-Qura.</item>
/// <item>Imlek: 1/1 of <see cref="ChineseLunisolarCalendar"/>.</item>
/// <item>Good Friday, Easter Sunday and Ascension Day from the Gregorian computus.</item>
/// <item>Nyepi: the first new moon on or after 3 March, read as the first day of a Chinese lunar month (reckoned at UTC+8,
/// Bali's own offset). Bali's sasih reckoning is not implemented, so this may be a day off.</item>
/// <item>Cuti bersama: only Idul Fitri's, assumed as the working day before 1 Syawal and the two after 2 Syawal.</item>
/// <item>Waisak has no rule (the Waisak full moon is chosen each year); it is listed in <see cref="CalendarYear.NotEstimated"/>.</item>
/// </list>
/// </remarks>
/// <example><c>ProvisionalCalendar.Build(2027)</c> — null for a year the lunar calendars of .NET do not cover.</example>
public static class ProvisionalCalendar
{
    private static readonly UmAlQuraCalendar Hijri = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>The first year both lunar calendars cover whole.</summary>
    public static int FirstYear { get; } = Math.Max(Hijri.MinSupportedDateTime.Year, Chinese.MinSupportedDateTime.Year) + 1;

    /// <summary>The last year both lunar calendars cover whole.</summary>
    public static int LastYear { get; } = Math.Min(Hijri.MaxSupportedDateTime.Year, Chinese.MaxSupportedDateTime.Year) - 1;

    /// <summary>The estimated calendar of <paramref name="year"/>, or null outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</summary>
    public static CalendarYear? Build(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            return null;
        }

        var holidays = new Dictionary<DateOnly, Holiday>();
        void Add(DateOnly date, string name, HolidayKind kind = HolidayKind.National)
        {
            if (date.Year == year)
            {
                holidays.TryAdd(date, new Holiday(date, name, kind) { Provisional = true });
            }
        }

        Add(new DateOnly(year, 1, 1), $"Tahun Baru {year} Masehi");
        Add(new DateOnly(year, 5, 1), "Hari Buruh Internasional");
        Add(new DateOnly(year, 6, 1), "Hari Lahir Pancasila");
        Add(new DateOnly(year, 8, 17), "Proklamasi Kemerdekaan");
        Add(new DateOnly(year, 12, 25), "Kelahiran Yesus Kristus");

        var easter = Easter(year);
        Add(easter.AddDays(-2), "Wafat Yesus Kristus");
        Add(easter, "Kebangkitan Yesus Kristus (Paskah)");
        Add(easter.AddDays(39), "Kenaikan Yesus Kristus");

        Add(DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0)), $"Tahun Baru Imlek {year + 551} Kongzili");
        Add(Nyepi(year), $"Hari Suci Nyepi (Tahun Baru Saka {year - 78})");

        var fitri = new List<DateOnly>();
        for (var hijriYear = Hijri.GetYear(new DateTime(year, 1, 1)); hijriYear <= Hijri.GetYear(new DateTime(year, 12, 31)); hijriYear++)
        {
            Add(HijriDate(hijriYear, 7, 27), "Isra Mikraj Nabi Muhammad S.A.W.");
            Add(HijriDate(hijriYear, 10, 1), $"Idul Fitri {hijriYear} Hijriah");
            Add(HijriDate(hijriYear, 10, 2), $"Idul Fitri {hijriYear} Hijriah");
            Add(HijriDate(hijriYear, 12, 10), $"Idul Adha {hijriYear} Hijriah");
            Add(HijriDate(hijriYear, 1, 1), $"1 Muharam Tahun Baru Islam {hijriYear} Hijriah");
            Add(HijriDate(hijriYear, 3, 12), "Maulid Nabi Muhammad S.A.W.");
            if (HijriDate(hijriYear, 10, 1).Year == year)
            {
                fitri.Add(HijriDate(hijriYear, 10, 1));
            }
        }

        foreach (var first in fitri)
        {
            var hijriYear = Hijri.GetYear(first.ToDateTime(TimeOnly.MinValue));
            var name = $"Cuti Bersama Idul Fitri {hijriYear} Hijriah";
            if (Weekday(first.AddDays(-1), -1) is var before && !holidays.ContainsKey(before))
            {
                Add(before, name, HolidayKind.CutiBersama);
            }

            var after = first.AddDays(1);
            for (var taken = 0; taken < 2;)
            {
                after = Weekday(after.AddDays(1), +1);
                if (holidays.ContainsKey(after))
                {
                    continue;
                }

                Add(after, name, HolidayKind.CutiBersama);
                taken++;
            }
        }

        return new CalendarYear(year, [.. holidays.Values])
        {
            Source = $"Perkiraan sementara {year}: keputusan bersama (SKB) hari libur {year} belum dimuat",
            TimeZone = TimeZones.DefaultId,
            IsProvisional = true,
            NotEstimated = [$"Hari Raya Waisak {year + 544} BE"],
        };
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The first new moon on or after 3 March, as the first day of a Chinese lunar month (UTC+8, as Bali).</summary>
    private static DateOnly Nyepi(int year)
    {
        var from = new DateTime(year, 3, 3);
        for (var month = 1; month <= Chinese.GetMonthsInYear(year); month++)
        {
            var start = Chinese.ToDateTime(year, month, 1, 0, 0, 0, 0);
            if (start >= from)
            {
                return DateOnly.FromDateTime(start);
            }
        }

        // A lunar year always has a month starting in March or April; this is not reached.
        throw new InvalidOperationException($"No lunar month starts after 3 March {year}.");
    }

    private static DateOnly HijriDate(int year, int month, int day) => DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0));

    /// <summary><paramref name="day"/>, or the nearest weekday from it in <paramref name="step"/>'s direction.</summary>
    private static DateOnly Weekday(DateOnly day, int step)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(step);
        }

        return day;
    }
}
