namespace Mpp.Workflows.Designer.Auth;

/// <summary>Staff sign-in and sessions (configuration section <c>Auth</c>).</summary>
internal sealed class StaffAuthOptions
{
    public const string Section = "Auth";

    /// <summary>OWASP's current recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet).</summary>
    public const int RecommendedIterations = 600_000;

    /// <summary>
    /// PBKDF2 iterations of new and upgraded password hashes. A lower value is honoured in Development only (tests keep
    /// sign-in fast with it); elsewhere <see cref="RecommendedIterations"/> is the floor.
    /// </summary>
    public int PasswordIterations { get; set; } = RecommendedIterations;

    /// <summary>How often an open interactive page checks that its account is still active and unchanged (at most a minute).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed sign-ins allowed per user name and per client address.</summary>
    public SignInThrottleOptions SignIn { get; set; } = new();
}
