namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// A page of <c>GET /api/applications</c>. Numbered pages (<c>page</c>) carry <see cref="Page"/> and <see cref="Total"/> as
/// they always did; keyset pages (<c>after</c>) carry neither, because counting every match would read every match.
/// <see cref="Next"/> is the <c>after</c> token of the following page in both ways, null on the last page.
/// </summary>
internal sealed record ApplicationList(IReadOnlyList<InstanceSummary> Items, int? Page, int PageSize, long? Total, string? Next);
