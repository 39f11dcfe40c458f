using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Response of <c>PUT /api/definitions/{definitionId}/draft</c>. Drafts are saved even when invalid (work in progress);
/// <see cref="Errors"/> says what still blocks publishing.
/// </summary>
internal sealed record DraftSaved(string DefinitionId, int Version, bool Valid, IReadOnlyList<ValidationError> Errors);
