using Mpp.Workflows.Designer.Performance;
using Mpp.Workflows.Designer.Surveys;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tests.Api;

/// <summary>
/// Both public CSV exports keep a name a spreadsheet would run as a formula as text, also when spaces or a tab come before
/// the <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (spreadsheets skip them and still run it).
/// </summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData(" =1+1")]
    [InlineData("  +cmd|' /C calc'!A0")]
    [InlineData("\t-2+3")]
    [InlineData(" @SUM(A1)")]
    public void BoardAndSurveyCsv_EscapeAFormula_AfterLeadingWhitespace(string name)
    {
        var row = new PerformanceRow("svc", name, 1, 1, 0, 1, 1, 100.0, 1, 1, 0, 0, 0, 0, 0);
        var report = new PerformanceReport(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), PerformanceGrouping.Service, DateTimeOffset.UnixEpoch, row with { Key = "*", Name = "*" }, [row]);
        var service = new SurveyServiceResult("svc", name, 0, [], null, null, null);
        var results = new SurveyResults("2026-03", "2026-03", service with { Service = null, ServiceName = "Semua" }, [service]);

        var board = PerformanceCsv.Write(report);
        var survey = SurveyCsv.Write(results);

        Assert.Contains("'" + name, board, StringComparison.Ordinal);
        Assert.Contains("'" + name, survey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Izin Reklame")]
    [InlineData(" Izin - Reklame")]
    public void BoardAndSurveyCsv_LeaveAnOrdinaryName(string name) =>
        Assert.Equal(name, SpreadsheetText.Guard(name));
}
