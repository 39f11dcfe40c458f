namespace Mpp.Workflows.Engine.Reading;

/// <summary>The performance board's complaints: per responsible office, for the complaints filed from <c>from</c> to <c>until</c> (local dates, inclusive).</summary>
public interface IComplaintBoardReader
{
    Task<IReadOnlyList<ComplaintOfficeStats>> ReadAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken);
}
