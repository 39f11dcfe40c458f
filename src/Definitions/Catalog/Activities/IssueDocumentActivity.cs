namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Mpp.IssueDocument</c>: renders, signs, numbers and stores a receipt, permit or rejection letter.</summary>
public sealed class IssueDocumentActivity() : ChoiceActivity(ActivityTypes.IssueDocument, KindInput, Kinds)
{
    public const string Receipt = "Receipt";
    public const string Permit = "Permit";
    public const string Rejection = "Rejection";

    /// <summary>The document kinds, as written in <c>kind</c> and in an email's <c>attachments</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Receipt, Permit, Rejection];

    private const string KindInput = "kind";

    /// <summary>The document kind in its canonical spelling; null when absent or invalid.</summary>
    public static string? ReadKind(ActivityNode node) => ReadChoice(node, KindInput, Kinds);
}
