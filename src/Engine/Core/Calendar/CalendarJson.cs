namespace Mpp.Workflows.Engine.Calendar;

/// <summary>
/// Reads and writes the calendar file format of <c>workflows/calendars/{year}.json</c>, which is also the body of
/// <c>PUT /api/calendars/{year}</c>. Keys are case-insensitive on read and camelCase on write.
/// </summary>
/// <example>
/// <code>
/// {"year": 2026, "timeZone": "Asia/Jakarta", "source": "SKB 3 Menteri ...",
///  "holidays": [{"date": "2026-01-01", "name": "Tahun Baru 2026 Masehi", "kind": "National"},
///               {"date": "2026-02-16", "name": "Cuti Bersama Tahun Baru Imlek 2577 Kongzili", "kind": "CutiBersama"}]}
/// </code>
/// </example>
public static class CalendarJson
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <exception cref="CalendarValidationException">The text is not a valid calendar; the message names the faulty entry.</exception>
    public static CalendarYear Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        FileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FileDocument>(json, ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new CalendarValidationException($"Calendar JSON is malformed: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new CalendarValidationException("Calendar JSON is empty (null).");
        }

        if (document.Year is not { } year)
        {
            throw new CalendarValidationException("Calendar JSON has no \"year\".");
        }

        if (document.Holidays is null)
        {
            throw new CalendarValidationException($"Calendar {year} has no \"holidays\" array.");
        }

        var holidays = document.Holidays.Select((entry, index) => ToHoliday(year, index, entry)).ToList();
        return new CalendarYear(year, holidays) { Source = document.Source, TimeZone = document.TimeZone };
    }

    public static string Write(CalendarYear calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var document = new FileDocument
        {
            Year = calendar.Year,
            TimeZone = calendar.TimeZone,
            Source = calendar.Source,
            Holidays =
            [
                .. calendar.Holidays.Select(h => new HolidayEntry
                {
                    Date = h.Date.ToString(DateFormat, CultureInfo.InvariantCulture),
                    Name = h.Name,
                    Kind = h.Kind.ToString(),
                }),
            ],
        };
        return JsonSerializer.Serialize(document, WriteOptions);
    }

    private static Holiday ToHoliday(int year, int index, HolidayEntry? entry)
    {
        var where = $"Calendar {year}: holidays[{index}]";
        if (entry is null)
        {
            throw new CalendarValidationException($"{where} is null.");
        }

        if (!DateOnly.TryParseExact(entry.Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarValidationException($"{where}.date '{entry.Date}' is not a valid date in the form {DateFormat}.");
        }

        if (date.Year != year)
        {
            throw new CalendarValidationException($"{where}.date {entry.Date} lies outside the year {year}.");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new CalendarValidationException($"{where} ({entry.Date}) has no name.");
        }

        // Enum.TryParse would also accept "0" or "1"; only the names are part of the format.
        var kindName = Enum.GetNames<HolidayKind>()
            .FirstOrDefault(n => string.Equals(n, entry.Kind, StringComparison.OrdinalIgnoreCase));
        if (kindName is null)
        {
            throw new CalendarValidationException(
                $"{where} ({entry.Date}) has the unknown kind '{entry.Kind}'; "
                + $"expected {string.Join(" or ", Enum.GetNames<HolidayKind>())}.");
        }

        return new Holiday(date, entry.Name.Trim(), Enum.Parse<HolidayKind>(kindName));
    }

    private sealed class FileDocument
    {
        public int? Year { get; set; }

        public string? TimeZone { get; set; }

        public string? Source { get; set; }

        public List<HolidayEntry?>? Holidays { get; set; }
    }

    private sealed class HolidayEntry
    {
        public string? Date { get; set; }

        public string? Name { get; set; }

        public string? Kind { get; set; }
    }
}
