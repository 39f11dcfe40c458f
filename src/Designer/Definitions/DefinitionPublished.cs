namespace Mpp.Workflows.Designer.Definitions;

/// <summary>Response of <c>POST /api/definitions/{definitionId}/publish</c>: the version new applications now start on.</summary>
internal sealed record DefinitionPublished(string DefinitionId, int Version);
