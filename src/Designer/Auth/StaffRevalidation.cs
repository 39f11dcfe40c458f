using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// An open interactive page (a Blazor circuit) keeps the user it was opened with; every
/// <see cref="StaffAuthOptions.RevalidationInterval"/> this checks the account as <see cref="ActiveStaffCheck"/> does each
/// request, and turns the circuit anonymous once it is inactive, gone or its security stamp changed. The page's
/// <c>SessionGuard</c> then sends the browser to the sign-in page.
/// </summary>
internal sealed class StaffRevalidation(ILoggerFactory loggerFactory, IAccountReader accounts, IOptions<StaffAuthOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    /// <summary>Whether the circuit's user is still the account as it is now (an anonymous circuit stays as it is).</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return true;
        }

        return ActiveStaffCheck.IsCurrent(await accounts.FindAsync(name, cancellationToken), user);
    }

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return IsStillValidAsync(authenticationState.User, cancellationToken);
    }
}
