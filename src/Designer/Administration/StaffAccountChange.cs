namespace Mpp.Workflows.Designer.Administration;

/// <summary>Body of <c>PUT /api/admin/users/{username}</c>: everything but the username and the password (an
/// absent <c>email</c> removes the address).</summary>
internal sealed record StaffAccountChange(string? DisplayName, string? Office, IReadOnlyList<string>? Roles, bool? Active, string? Email = null);
