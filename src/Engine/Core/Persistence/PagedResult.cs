namespace Mpp.Workflows.Engine.Persistence;

/// <summary>One page of a list and the total count across pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
