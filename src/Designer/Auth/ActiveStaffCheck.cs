using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Tokens and cookies outlive an admin's decision to deactivate or delete an account: every authenticated request checks
/// the account again and is treated as anonymous (401, or the sign-in page) once it is gone or inactive.
/// </summary>
internal sealed class ActiveStaffCheck(IWorkflowStore store) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return principal;
        }

        var user = await store.FindUserAsync(name, CancellationToken.None);
        return user is { Active: true } ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
