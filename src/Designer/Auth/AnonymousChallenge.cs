using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// A valid token or cookie of an account that <see cref="ActiveStaffCheck"/> turned anonymous still counts as a successful
/// authentication to the framework, which would answer 403; such a caller is not signed in at all and gets the challenge
/// (401, or the sign-in page) instead.
/// </summary>
internal sealed class AnonymousChallenge : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var result = authorizeResult.Forbidden && context.User.Identity is not { IsAuthenticated: true }
            ? PolicyAuthorizationResult.Challenge()
            : authorizeResult;
        return _default.HandleAsync(next, context, policy, result);
    }
}
