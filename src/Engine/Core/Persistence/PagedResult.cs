namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One page of a list and the total count across pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    /// <summary>
    /// Whether <see cref="Total"/> is where counting stopped rather than the count: a list may count only so far (the inbox
    /// of an office with tens of thousands of open steps), so that reading one page never costs counting them all.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TotalIsLowerBound { get; init; }
}
