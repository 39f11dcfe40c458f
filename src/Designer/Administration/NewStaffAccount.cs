namespace Mpp.Workflows.Designer.Administration;

/// <summary>Body of <c>POST /api/admin/users</c>. <see cref="Office"/> stays empty for analysts and
/// admins; <see cref="Email"/> (optional) receives the reminders meant for the account's office and roles.</summary>
internal sealed record NewStaffAccount(
    string? Username, string? DisplayName, string? Password, string? Office, IReadOnlyList<string>? Roles, bool? Active = true, string? Email = null);
