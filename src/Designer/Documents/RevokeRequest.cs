namespace Mpp.Workflows.Designer.Documents;

/// <summary>Body of <c>POST /api/documents/{id}/revoke</c>.</summary>
internal sealed record RevokeRequest(string? Reason);
