using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Response of <c>POST /api/definitions/validate</c>: the errors that refuse publishing and the warnings that do not. Each
/// carries its path, code, arguments and step for clients, and <see cref="ValidationItem.Text"/> in the request's language.
/// </summary>
internal sealed record ValidationResult(bool Valid, IReadOnlyList<ValidationItem> Errors, IReadOnlyList<ValidationItem> Warnings);

/// <summary>One finding of <see cref="ValidationResult"/>; <see cref="Text"/> is what the studio shows an analyst.</summary>
internal sealed record ValidationItem(
    string Path, string Message, string Code, IReadOnlyList<string> Arguments, string? ActivityId, ValidationSeverity Severity, string Text);
