namespace Mpp.Workflows.Engine.Calendar;

/// <summary>Loads every <c>{year}.json</c> of a calendars directory such as <c>workflows/calendars</c>.</summary>
public static class CalendarDirectoryLoader
{
    /// <returns>The calendars in ascending year order.</returns>
    /// <exception cref="CalendarValidationException">
    /// A file is invalid, is not named after a year, or names a different year than it contains; the message names the file.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<CalendarYear> Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var calendars = new List<CalendarYear>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.Length != 4 || !int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var fileYear))
            {
                throw new CalendarValidationException($"{path}: calendar files must be named after their year, e.g. 2026.json.");
            }

            CalendarYear calendar;
            try
            {
                calendar = CalendarJson.Read(File.ReadAllText(path));
            }
            catch (CalendarValidationException ex)
            {
                throw new CalendarValidationException($"{path}: {ex.Message}", ex);
            }

            if (calendar.Year != fileYear)
            {
                throw new CalendarValidationException($"{path}: the file is named {fileYear} but contains year {calendar.Year}.");
            }

            calendars.Add(calendar);
        }

        return [.. calendars.OrderBy(c => c.Year)];
    }
}
