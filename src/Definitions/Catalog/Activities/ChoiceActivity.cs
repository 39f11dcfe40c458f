using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// A type whose own input is one choice from a fixed list, such as <c>Elsa.End</c>'s <c>result</c> or
/// <c>Mpp.IssueDocument</c>'s <c>kind</c>: the validator refuses any other value, and the engine reads the value back in
/// the list's spelling (<see cref="ReadChoice"/>), whatever case the analyst wrote it in.
/// </summary>
/// <param name="type">The type name the descriptor is filed under.</param>
/// <param name="input">The name of the input that holds the choice.</param>
/// <param name="choices">The values the input may take, in their canonical spelling.</param>
public abstract class ChoiceActivity(string type, string input, IReadOnlyList<string> choices) : ActivityType(type)
{
    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context) =>
        InputChecks.CheckChoice(node, input, choices, path, context);

    /// <summary>
    /// The value of <paramref name="input"/> in its canonical spelling; null when absent or not one of <paramref name="choices"/>.
    /// </summary>
    protected static string? ReadChoice(ActivityNode node, string input, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(node);
        return InputChecks.Choose(node.GetLiteralString(input), choices);
    }
}
