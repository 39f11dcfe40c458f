namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// The satisfaction survey's rows, apart from the application's: which applications answered (so each answers once) and the
/// anonymous answers. Implemented by the relational store beside <see cref="IWorkflowStore"/>. Periods are months,
/// <c>yyyy-MM</c>, and ranges include both ends.
/// </summary>
public interface ISurveyStore
{
    /// <summary>
    /// Records that <paramref name="applicationId"/> answered and stores <paramref name="response"/>, in one transaction and
    /// without any link between the two. False, with nothing written, when the application had answered already.
    /// </summary>
    Task<bool> SaveSurveyResponseAsync(Guid applicationId, SurveyResponse response, CancellationToken cancellationToken);

    Task<bool> HasAnsweredSurveyAsync(Guid applicationId, CancellationToken cancellationToken);

    /// <summary>Per service with answers in the range (ordered by service; only <paramref name="service"/> when given), the counts and sums.</summary>
    Task<IReadOnlyList<SurveyTotals>> ReadSurveyTotalsAsync(string fromPeriod, string toPeriod, string? service, CancellationToken cancellationToken);

    /// <summary>The non-empty comments in the range, newest month first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SurveyComment>> ListSurveyCommentsAsync(
        string fromPeriod, string toPeriod, string? service, int limit, CancellationToken cancellationToken);
}
