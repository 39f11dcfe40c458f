namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// A staff account. <see cref="Office"/> is null for global roles (analyst, admin). <see cref="Email"/> receives the
/// reminders and notices meant for the account's office and roles; an account without one gets none.
/// <see cref="SecurityStamp"/> is copied into every token and cookie issued to the account; replacing it (on a password
/// reset, deactivation, role or office change) ends every session issued before.
/// </summary>
public sealed record UserRecord(
    string Username,
    string DisplayName,
    string PasswordHash,
    string? Office,
    IReadOnlyList<string> Roles,
    bool Active,
    string? Email = null,
    string SecurityStamp = "");
