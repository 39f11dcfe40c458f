namespace Mpp.Workflows.Designer.Auth;

/// <summary>The authorization policies the feature groups require.</summary>
internal static class Policies
{
    /// <summary>Any signed-in staff user; office and role checks on tasks and applications are the engine's.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Editing and publishing definitions.</summary>
    public const string Designer = nameof(Designer);

    /// <summary>Operations on the running system (retrying faulted applications).</summary>
    public const string Admin = nameof(Admin);

    public static IServiceCollection AddStaffPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Designer, policy => policy.RequireRole(StaffRoles.Analyst, StaffRoles.Admin))
            .AddPolicy(Admin, policy => policy.RequireRole(StaffRoles.Admin))
            .Services;
}
