namespace Mpp.Workflows.Definitions.Validation;

/// <summary>One problem in a definition, located by a JSON path such as <c>$.root.activities[3].outcomes</c>.</summary>
public sealed record ValidationError(string Path, string Message);
