using Microsoft.AspNetCore.Authentication;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Tokens and cookies outlive an admin's change to an account: every authenticated request reads the account again. A
/// request of an account that is gone or inactive is treated as anonymous (401, or the sign-in page); otherwise it carries
/// the account's office and roles as they are now, not as they were at sign-in.
/// </summary>
internal sealed class ActiveStaffCheck(IAccountReader accounts) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return principal;
        }

        var user = await accounts.FindAsync(name, CancellationToken.None);
        return user is { Active: true }
            ? StaffClaims.CreatePrincipal(user, principal.Identity.AuthenticationType ?? "Staff")
            : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
