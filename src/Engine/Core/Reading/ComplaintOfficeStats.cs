namespace Mpp.Workflows.Engine.Reading;

/// <summary>
/// One office's complaints filed in a period: received; answered, and of those answered by their due instant; the median of
/// the working days answers took (null when none was answered); still open; and open past their due instant now. Counts
/// only: nothing about a complainant.
/// </summary>
public sealed record ComplaintOfficeStats(
    string Office,
    int Received,
    int Answered,
    int AnsweredOnTime,
    double? MedianResponseDays,
    int Open,
    int OverdueNow);
