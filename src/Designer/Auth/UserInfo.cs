namespace Mpp.Workflows.Designer.Auth;

/// <summary>The signed-in user as clients see it; <see cref="Office"/> is null for analysts and admins.</summary>
internal sealed record UserInfo(string Username, string? Office, IReadOnlyList<string> Roles);
