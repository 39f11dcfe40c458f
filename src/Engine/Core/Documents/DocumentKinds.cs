namespace Mpp.Workflows.Engine.Documents;

/// <summary>The documents an application produces, as named in <c>Mpp.IssueDocument</c> and in mail attachments.</summary>
public static class DocumentKinds
{
    public const string Receipt = "Receipt";
    public const string Permit = "Permit";
    public const string Rejection = "Rejection";
}
