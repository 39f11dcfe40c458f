using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// <c>Elsa.FlowJoin</c>: merges parallel branches. It is not a wait state: a branch that has not arrived is itself waiting
/// somewhere else (a task, the applicant, a timer), and the join decides within the same run.
/// </summary>
public sealed class FlowJoinActivity() : ActivityType(ActivityTypes.FlowJoin)
{
    public static readonly IReadOnlyList<string> Modes = Enum.GetNames<JoinMode>();

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        InputChecks.CheckChoice(node, "mode", Modes, path, context);
    }

    /// <summary>The join mode; <see cref="JoinMode.WaitAll"/> when absent (Elsa's default) or invalid (the validator rejects that).</summary>
    public static JoinMode ReadMode(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return InputChecks.Choose(node.GetLiteralString("mode"), Modes) is { } mode ? Enum.Parse<JoinMode>(mode) : JoinMode.WaitAll;
    }
}
