namespace Mpp.Workflows.Designer.Documents;

/// <summary>One entry of <c>GET /api/applications/{id}/documents</c>.</summary>
internal sealed record DocumentListItem(Guid Id, string Kind, string Number, string Sha256, DateTimeOffset IssuedAt, bool Revoked);
