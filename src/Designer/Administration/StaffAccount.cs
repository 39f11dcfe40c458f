
namespace Mpp.Workflows.Designer.Administration;

/// <summary>A staff account as admins see it: never the password hash.</summary>
internal sealed record StaffAccount(string Username, string DisplayName, string? Office, IReadOnlyList<string> Roles, bool Active, string? Email)
{
    public static StaffAccount From(UserRecord user) => new(user.Username, user.DisplayName, user.Office, user.Roles, user.Active, user.Email);
}
