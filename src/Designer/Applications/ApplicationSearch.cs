using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// The staff search's fields as a person or a client typed them (the API's query string, the page's form), checked and
/// turned into the store's <see cref="InstanceQuery"/>. A complete registration number is looked up exactly, a part of one
/// as the start of numbers; the NIK exactly; the name as the start of names in any case; dates are days of the engine's
/// time zone (<c>Engine:TimeZone</c>, the zone registration years are counted in), <see cref="To"/> included; <see cref="After"/>
/// is a token from an earlier page's <c>next</c>. Every refusal is keyed by the API's parameter name.
/// </summary>
internal sealed partial record ApplicationSearch(
    string? Number = null,
    string? Nik = null,
    string? Name = null,
    string? DefinitionId = null,
    string? Status = null,
    string? From = null,
    string? To = null,
    string? After = null)
{
    public const int MaxNumberLength = 40;

    public const int MaxNameLength = 100;

    public const int MaxDefinitionIdLength = 100;

    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>The statuses a search may ask for, in the order the page offers them.</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        [ApplicationStatuses.InProgress, ApplicationStatuses.AwaitingApplicant, ApplicationStatuses.Completed, ApplicationStatuses.Faulted];

    /// <summary>The store's query for these fields, pages of <paramref name="pageSize"/>, or the refusals by parameter.</summary>
    public (InstanceQuery? Query, Dictionary<string, string[]> Errors) Check(TimeZoneInfo zone, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = new InstanceQuery(PageSize: pageSize);

        if (Trimmed(Number) is { } typed)
        {
            var number = RegistrationNumbers.Canonical(typed);
            if (number.Length > MaxNumberLength || !NumberCharacters().IsMatch(number))
            {
                errors["number"] = [Texts.FileSearchNumberInvalid(MaxNumberLength)];
            }
            else
            {
                query = WholeNumber().IsMatch(number)
                    ? query with { RegistrationNumber = number }
                    : query with { RegistrationNumberPrefix = number };
            }
        }

        // A NIK is often copied from an ID card written in groups of four: the spaces are not part of it.
        if (Trimmed(Nik)?.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: > 0 } nik)
        {
            if (nik.Length != 16 || !nik.All(char.IsAsciiDigit))
            {
                errors["nik"] = [Texts.FileSearchNikInvalid];
            }

            query = query with { ApplicantNik = nik };
        }

        if (Trimmed(Name) is { } name)
        {
            if (name.Length > MaxNameLength || name.Any(char.IsControl))
            {
                errors["name"] = [Texts.FileSearchNameInvalid(MaxNameLength)];
            }

            query = query with { ApplicantNamePrefix = name };
        }

        if (Trimmed(DefinitionId) is { } service)
        {
            if (service.Length > MaxDefinitionIdLength || service.Any(char.IsControl))
            {
                errors["definitionId"] = [Texts.FileSearchServiceInvalid(MaxDefinitionIdLength)];
            }

            query = query with { DefinitionId = service };
        }

        if (Trimmed(Status) is { } status)
        {
            var known = Statuses.FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                errors["status"] = [Texts.FileSearchStatusInvalid(string.Join(", ", Statuses.Select(Glossary.Status)))];
            }

            query = query with { Status = known };
        }

        var from = Day(From, "from", Texts.FileSearchFrom, errors);
        var to = Day(To, "to", Texts.FileSearchTo, errors);
        if (from is { } first && to is { } last && first > last)
        {
            errors["to"] = [Texts.FileSearchRangeInvalid];
        }

        query = query with
        {
            SubmittedFrom = from is { } start ? StartOf(start, zone) : null,
            SubmittedBefore = to is { } end ? StartOf(end.AddDays(1), zone) : null,
        };

        if (After is { Length: > 0 } token)
        {
            if (InstanceCursor.TryParse(token, out var cursor))
            {
                query = query with { After = cursor };
            }
            else
            {
                errors["after"] = [Texts.FileSearchCursorInvalid];
            }
        }

        return errors.Count == 0 ? (query, errors) : (null, errors);
    }

    /// <summary>The first instant of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        // A zone that skips midnight for daylight saving starts that day at the first local time that exists.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero);
    }

    private static DateOnly? Day(string? typed, string parameter, string label, Dictionary<string, string[]> errors)
    {
        if (Trimmed(typed) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= MinYear and <= MaxYear)
        {
            return day;
        }

        errors[parameter] = [Texts.FileSearchDateInvalid(label, MinYear, MaxYear)];
        return null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z0-9-]+$")]
    private static partial Regex NumberCharacters();

    /// <summary>A number as <see cref="RegistrationNumbers.Format"/> writes it: prefix, service code, year, sequence.</summary>
    [GeneratedRegex("^[A-Z0-9]+-[A-Z0-9]+-[0-9]{4}-[0-9]{6,}$")]
    private static partial Regex WholeNumber();
}
