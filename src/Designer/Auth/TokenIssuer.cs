using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Issues the access tokens the bearer handler reads back: the same data-protected ticket format, so validation, expiry
/// and key rotation stay the framework's, while the response has the API's own shape.
/// </summary>
internal sealed class TokenIssuer(IOptionsMonitor<BearerTokenOptions> options, TimeProvider time)
{
    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(ClaimsPrincipal principal)
    {
        var bearer = options.Get(BearerTokenDefaults.AuthenticationScheme);
        var now = time.GetUtcNow();
        var expiresAt = now + bearer.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expiresAt },
            BearerTokenDefaults.AuthenticationScheme);
        return (bearer.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
