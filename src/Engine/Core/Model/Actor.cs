namespace Mpp.Workflows.Engine.Model;

/// <summary>Who issues a command: a staff user (office and roles), the applicant, or the system (timers).</summary>
public sealed record Actor(string Name, string? Office, IReadOnlyCollection<string> Roles)
{
    public static Actor System { get; } = new("system", null, []);

    public static Actor Applicant { get; } = new("applicant", null, []);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);

    public bool IsAdmin => HasRole(StaffRoles.Admin);
}
