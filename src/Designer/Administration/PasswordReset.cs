namespace Mpp.Workflows.Designer.Administration;

/// <summary>Body of <c>POST /api/admin/users/{username}/password</c>.</summary>
internal sealed record PasswordReset(string? Password);
