using Mpp.Workflows.Definitions.Json;
using Mpp.Workflows.Definitions.Validation;

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

    /// <summary>The kind must be one the product renders (a script is refused by the common checks already).</summary>
    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        if (InputChecks.SkipValueCheck(node, KindInput) || ReadKind(node) is not null)
        {
            return;
        }

        var value = node.GetExpression(KindInput)?.Value;
        var written = JsonNodes.AsString(value) ?? JsonNodes.KindOf(value);
        context.Add(InputChecks.PathOf(path, KindInput), ValidationCodes.DocumentKindUnknown,
            $"'{KindInput}' must be {string.Join(", ", Kinds)}; the product cannot produce '{written}'.", written);
    }
}
