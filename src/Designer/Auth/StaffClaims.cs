
namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// The claims a signed-in staff user carries, whatever the scheme (bearer token now, the web UI's cookie later): name,
/// office, one role claim per role, the security stamp. <see cref="ToActor"/> is how the API hands the user to the engine.
/// </summary>
internal static class StaffClaims
{
    public const string Office = "office";

    /// <summary>The account's <see cref="UserRecord.SecurityStamp"/> when the token or cookie was issued.</summary>
    public const string Stamp = "stamp";

    public static ClaimsPrincipal CreatePrincipal(UserRecord user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Username), new(Stamp, user.SecurityStamp) };
        if (user.Office is { } office)
        {
            claims.Add(new Claim(Office, office));
        }

        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The engine's view of the user; an anonymous caller is the applicant.</summary>
    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return Actor.Applicant;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Actor(name, principal.FindFirstValue(Office), roles);
    }
}
