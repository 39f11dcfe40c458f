namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// How long a permit holds. Three shapes:
/// <list type="bullet">
/// <item>fixed: <c>{ "years": 5 }</c> (a SIP);</item>
/// <item>until a date the applicant asked for, at most a fixed period: <c>{ "untilField": "masaBerlaku", "years": 1 }</c>
/// (a billboard's display period); the field holds <c>yyyy-MM-dd</c>, and the fixed period applies when it is
/// missing, unreadable, before the issue date or beyond the period;</item>
/// <item>open-ended: <c>{ "note": "Berlaku selama ..." }</c> (a building approval).</item>
/// </list>
/// A note may accompany any shape; it is printed after the validity dates. A renewal's permit names the form field that
/// holds the previous permit's number (<c>"continuesFrom": "nomorIzinLama"</c>): when that permit is found, stands and is
/// the same holder's, the new validity starts the day after it ends (or on issue, when it has already ended);
/// see <see cref="PermitRenewals"/>.
/// </summary>
public sealed record PermitValidityRule
{
    public int? Years { get; init; }

    public int? Months { get; init; }

    public string? UntilField { get; init; }

    public string? Note { get; init; }

    /// <summary>The form field holding the number of the permit this one renews (a renewal route's permit); null otherwise.</summary>
    public string? ContinuesFrom { get; init; }

    internal bool IsOpenEnded => Years is null && Months is null;

    internal void Validate(string route)
    {
        if (IsOpenEnded && string.IsNullOrWhiteSpace(Note))
        {
            throw new InvalidDataException($"Permit template '{route}': validity needs years, months or a note.");
        }

        if (IsOpenEnded && UntilField is not null)
        {
            throw new InvalidDataException($"Permit template '{route}': validity until '{UntilField}' needs years or months as its limit.");
        }

        if (IsOpenEnded && ContinuesFrom is not null)
        {
            throw new InvalidDataException($"Permit template '{route}': validity continuing from '{ContinuesFrom}' needs years or months.");
        }

        if (Years < 0 || Months < 0 || (!IsOpenEnded && (Years ?? 0) + (Months ?? 0) == 0))
        {
            throw new InvalidDataException($"Permit template '{route}': validity years/months must be positive.");
        }
    }

    /// <summary>The last day of validity (null when open-ended) and the note printed after the dates.</summary>
    internal (DateOnly? Until, string? Note) Resolve(DateOnly from, JsonObject data)
    {
        if (IsOpenEnded)
        {
            return (null, Note);
        }

        var limit = from.AddYears(Years ?? 0).AddMonths(Months ?? 0);
        var requested = UntilField is not null && data[UntilField] is JsonValue value && value.TryGetValue(out string? text) &&
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : (DateOnly?)null;
        return (requested is { } until && until >= from && until <= limit ? until : limit, Note);
    }
}
