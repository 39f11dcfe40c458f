using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// How long a permit holds. Three shapes:
/// <list type="bullet">
/// <item>fixed: <c>{ "years": 5 }</c> (a SIP);</item>
/// <item>from the application: <c>{ "durationField": "masaBerlaku", "durationUnit": "bulan", "months": 12 }</c>, where
/// the field holds a number in <c>durationUnit</c> (tahun, bulan, hari) or text such as "1 tahun" or "6 bulan", and
/// <c>years</c>/<c>months</c> apply when it is missing or unreadable;</item>
/// <item>open-ended: <c>{ "note": "Berlaku selama ..." }</c> (a building approval).</item>
/// </list>
/// </summary>
public sealed partial record PermitValidityRule
{
    public int? Years { get; init; }

    public int? Months { get; init; }

    public string? DurationField { get; init; }

    public string DurationUnit { get; init; } = "bulan";

    public string? Note { get; init; }

    internal bool IsOpenEnded => Years is null && Months is null && DurationField is null;

    internal void Validate(string route)
    {
        if (IsOpenEnded && string.IsNullOrWhiteSpace(Note))
        {
            throw new InvalidDataException($"Permit template '{route}': validity needs years, months or a note.");
        }

        if (DurationField is not null && Years is null && Months is null)
        {
            throw new InvalidDataException($"Permit template '{route}': validity from '{DurationField}' needs years or months as fallback.");
        }

        if (Years < 0 || Months < 0 || (Years ?? 0) + (Months ?? 0) == 0 && !IsOpenEnded)
        {
            throw new InvalidDataException($"Permit template '{route}': validity years/months must be positive.");
        }

        if (DurationUnit is not ("tahun" or "bulan" or "hari"))
        {
            throw new InvalidDataException($"Permit template '{route}': durationUnit must be tahun, bulan or hari.");
        }
    }

    /// <summary>The last day of validity (null when open-ended) and the note printed after the start date.</summary>
    internal (DateOnly? Until, string? Note) Resolve(DateOnly from, JsonObject data)
    {
        if (IsOpenEnded)
        {
            return (null, Note);
        }

        var requested = DurationField is null ? null : ReadDuration(data[DurationField]);
        var until = requested is { } duration
            ? Add(from, duration.Amount, duration.Unit)
            : from.AddYears(Years ?? 0).AddMonths(Months ?? 0);
        return (until, Note);
    }

    private (int Amount, string Unit)? ReadDuration(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int number))
        {
            return number > 0 ? (number, DurationUnit) : null;
        }

        if (node is JsonValue text && text.TryGetValue(out string? raw))
        {
            var match = DurationText().Match(raw);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) &&
                amount > 0)
            {
                return (amount, match.Groups[2].Success ? match.Groups[2].Value.ToLowerInvariant() : DurationUnit);
            }
        }

        return null;
    }

    private static DateOnly Add(DateOnly from, int amount, string unit) => unit switch
    {
        "tahun" => from.AddYears(amount),
        "bulan" => from.AddMonths(amount),
        _ => from.AddDays(amount),
    };

    [GeneratedRegex(@"^\s*(\d{1,4})\s*(tahun|bulan|hari)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationText();
}
