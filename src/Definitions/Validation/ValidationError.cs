namespace Mpp.Workflows.Definitions.Validation;

/// <summary>
/// One problem in a definition, located by a JSON path such as <c>$.root.activities[3].outcomes</c>. <see cref="Message"/>
/// is the developer's English text; <see cref="Code"/> and <see cref="Arguments"/> let a host say the same in words a
/// policy analyst reads (see <see cref="ValidationCodes"/>), and <see cref="ActivityId"/> names the step it concerns.
/// </summary>
/// <param name="Path">Where in the document the problem is.</param>
/// <param name="Message">What is wrong, in English, for developers and API clients.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <summary>The kind of problem, one of <see cref="ValidationCodes"/>; <see cref="ValidationCodes.Invalid"/> when unnamed.</summary>
    public string Code { get; init; } = ValidationCodes.Invalid;

    /// <summary>The values the message is made of, in the order the code documents (no activity ids: see <see cref="ActivityId"/>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The id of the step the problem concerns, or null for the route as a whole.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Whether publishing is refused (<see cref="ValidationSeverity.Error"/>) or the analyst is only warned.</summary>
    public ValidationSeverity Severity { get; init; } = ValidationSeverity.Error;
}

/// <summary>How much a validation finding weighs.</summary>
public enum ValidationSeverity
{
    /// <summary>The route cannot be published.</summary>
    Error,

    /// <summary>The route can be published, but the analyst should look.</summary>
    Warning,
}
