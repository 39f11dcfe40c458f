namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.End</c>: ends the application with a result and cancels every task still open.</summary>
public sealed class EndActivity() : ChoiceActivity(ActivityTypes.End, ResultInput, Results)
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Withdrawn = "Withdrawn";

    /// <summary>The results an End may give.</summary>
    public static readonly IReadOnlyList<string> Results = [Approved, Rejected, Withdrawn];

    private const string ResultInput = "result";

    /// <summary>The result in its canonical spelling; null when absent or invalid.</summary>
    public static string? ReadResult(ActivityNode node) => ReadChoice(node, ResultInput, Results);
}
