using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>Response of <c>POST /api/definitions/validate</c>.</summary>
internal sealed record ValidationResult(bool Valid, IReadOnlyList<ValidationError> Errors);
