using Microsoft.AspNetCore.Authentication;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Tokens and cookies outlive an admin's change to an account: every authenticated request reads the account again. A
/// request of an account that is gone or inactive, or whose security stamp changed since the token or cookie was issued
/// (a password reset, deactivation, role or office change), is treated as anonymous (401, or the sign-in page); otherwise it
/// carries the account's office and roles as they are now. The account is read from the store each time (one lookup by
/// primary key, as before the stamp), so a change made on another host counts at once too.
/// </summary>
internal sealed class ActiveStaffCheck(IAccountReader accounts, IHttpContextAccessor http) : IClaimsTransformation
{
    /// <summary>Set on a request whose token or cookie was valid once but no longer is, so the sign-in page can say why.</summary>
    public const string SessionEndedItem = "mpp.session-ended";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return principal;
        }

        var user = await accounts.FindAsync(name, CancellationToken.None);
        if (IsCurrent(user, principal))
        {
            return StaffClaims.CreatePrincipal(user, principal.Identity.AuthenticationType ?? "Staff");
        }

        http.HttpContext?.Items[SessionEndedItem] = true;
        return new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>Whether <paramref name="principal"/> was issued to <paramref name="user"/> as it is now, and it is active.</summary>
    public static bool IsCurrent([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] UserRecord? user, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return user is { Active: true }
            && principal.FindFirstValue(StaffClaims.Stamp) is { } stamp
            && string.Equals(stamp, user.SecurityStamp, StringComparison.Ordinal);
    }
}
