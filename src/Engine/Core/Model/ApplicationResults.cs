namespace Mpp.Workflows.Engine.Model;

/// <summary>How a completed application ended.</summary>
public static class ApplicationResults
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Withdrawn = "Withdrawn";
    public const string DeemedApproved = "DeemedApproved";
}
