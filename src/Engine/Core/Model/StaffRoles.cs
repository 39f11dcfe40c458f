namespace Mpp.Workflows.Engine.Model;

/// <summary>Role names of staff accounts. Office roles act in their office's inbox; Analyst and Admin are global.</summary>
public static class StaffRoles
{
    public const string FrontOffice = "FrontOffice";
    public const string Reviewer = "Reviewer";
    public const string Signer = "Signer";
    public const string Cashier = "Cashier";
    public const string Head = "Head";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [FrontOffice, Reviewer, Signer, Cashier, Head, Analyst, Admin];
}
