using CsvHelper;

namespace Mpp.Workflows.Designer.Performance;

/// <summary>
/// The board as CSV: one line per row and a last line for the total (key <c>*</c>), columns named as in the JSON; by office
/// the counts are of steps, not files, and their columns say so (<c>stepsReceived</c>), so a spreadsheet is not read as files.
/// </summary>
internal static class PerformanceCsv
{
    public static string Write(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Service and office names are typed by analysts; the library's own escape looks only at the first character.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.None }, leaveOpen: true))
        {
            csv.WriteRecord(report.GroupBy == PerformanceGrouping.Office ? StepHeaders : Headers);
            foreach (var row in report.Rows.Append(report.Total))
            {
                csv.WriteRecord([SpreadsheetText.Guard(row.Key), SpreadsheetText.Guard(row.Name), .. Values(row).Select(v => v?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty)]);
            }
        }

        return text.ToString();
    }

    public static string FileName(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return FormattableString.Invariant(
            $"kinerja-{report.GroupBy.ToString().ToLowerInvariant()}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");
    }

    private static readonly string[] Headers =
    [
        "key", "name", "received", "completed", "inProgress", "onTime", "measured", "onTimePercent", "medianDays", "p90Days", "returns",
        "applicantDays", "deemedApprovals", "escalations", "overdueNow",
    ];

    private static readonly string[] StepHeaders =
    [
        "key", "name", "stepsReceived", "stepsCompleted", "stepsInProgress", "stepsOnTime", "stepsMeasured", "onTimePercent", "medianDaysPerStep",
        "p90DaysPerStep", "stepsReturning", "applicantDays", "stepsDeemedApproved", "stepEscalations", "stepsOverdueNow",
    ];

    private static IEnumerable<IFormattable?> Values(PerformanceRow row) =>
    [
        row.Received, row.Completed, row.InProgress, row.OnTime, row.Measured, row.OnTimePercent, row.MedianDays, row.P90Days, row.Returns,
        row.ApplicantDays, row.DeemedApprovals, row.Escalations, row.OverdueNow,
    ];
}
