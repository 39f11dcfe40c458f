using Mpp.Workflows.Designer.Performance;

namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// The results as CSV (RFC 4180, UTF-8, comma-separated, invariant numbers with a decimal point): one row for all services
/// together, then one per service; each element's mean (U1–U9), the IKM and its grade.
/// </summary>
internal static class SurveyCsv
{
    public static string Write(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        Row(csv, ["periode_dari", "periode_sampai", "layanan", "kode_layanan", "responden",
            .. SurveyQuestions.Elements.Select((e, i) => $"u{i + 1}_{e}"), "ikm", "mutu"]);
        foreach (var result in results.Services.Prepend(results.Overall))
        {
            Row(csv, [results.From, results.To, result.ServiceName, result.Service ?? string.Empty,
                result.Respondents.ToString(CultureInfo.InvariantCulture),
                .. result.Elements.Select(e => Number(e.Mean)), Number(result.Ikm), result.Grade ?? string.Empty]);
        }

        return csv.ToString();
    }

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        var safe = SpreadsheetText.Guard(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
