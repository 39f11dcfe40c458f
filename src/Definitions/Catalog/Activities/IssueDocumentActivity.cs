using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Mpp.IssueDocument</c>: renders, signs, numbers and stores a receipt, permit or rejection letter.</summary>
public sealed class IssueDocumentActivity() : ActivityType(ActivityTypes.IssueDocument)
{
    public const string Receipt = "Receipt";
    public const string Permit = "Permit";
    public const string Rejection = "Rejection";

    /// <summary>The document kinds, as written in <c>kind</c> and in an email's <c>attachments</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Receipt, Permit, Rejection];

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        InputChecks.CheckChoice(node, "kind", Kinds, path, context);
    }

    /// <summary>The document kind in its canonical spelling; null when absent or invalid.</summary>
    public static string? ReadKind(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return InputChecks.Choose(node.GetLiteralString("kind"), Kinds);
    }
}
