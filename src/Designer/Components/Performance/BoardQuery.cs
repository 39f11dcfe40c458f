namespace Mpp.Workflows.Designer.Components.Performance;

/// <summary>The board pages' query values (Indonesian, as people share the address) and the API query they stand for.</summary>
internal static class BoardQuery
{
    public const string ByOffice = "kantor";

    public const string ByService = "layanan";

    public static PerformanceGrouping Grouping(string? value) =>
        string.Equals(value, ByOffice, StringComparison.OrdinalIgnoreCase) ? PerformanceGrouping.Office : PerformanceGrouping.Service;

    public static string GroupingValue(PerformanceGrouping grouping) => grouping == PerformanceGrouping.Office ? ByOffice : ByService;

    /// <summary>The CSV of the same board: the API's names and dates.</summary>
    public static string CsvHref(PerformanceReport report) => FormattableString.Invariant(
        $"/api/performance.csv?from={report.From:yyyy-MM-dd}&to={report.To:yyyy-MM-dd}&groupBy={report.GroupBy.ToString().ToLowerInvariant()}");

    public static string Range(PerformanceReport report) => Texts.BoardRange(
        report.From.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), report.To.ToString("d MMMM yyyy", CultureInfo.CurrentCulture));
}
