namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A staff account. <see cref="Office"/> is null for global roles (analyst, admin).</summary>
public sealed record UserRecord(string Username, string DisplayName, string PasswordHash, string? Office, IReadOnlyList<string> Roles, bool Active);
