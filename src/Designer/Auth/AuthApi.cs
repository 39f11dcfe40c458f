using Microsoft.AspNetCore.Authentication.BearerToken;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Designer.Auth;

/// <summary><c>/api/auth</c>: staff exchange a username and password for a bearer token.</summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/token", IssueTokenAsync);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, IAccountReader accounts, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Username))
        {
            errors["username"] = ["The username is required."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["The password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Username and password are required");
        }

        var user = await accounts.FindAsync(request.Username!.Trim(), cancellationToken);

        // Unknown and inactive users cost a full hash too, so timing does not tell which usernames exist.
        var valid = PasswordHasher.Verify(request.Password!, user?.PasswordHash ?? PasswordHasher.Decoy);
        if (user is not { Active: true } || !valid)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid username or password");
        }

        var (token, expiresAt) = issuer.Issue(StaffClaims.CreatePrincipal(user, BearerTokenDefaults.AuthenticationScheme));
        return TypedResults.Ok(new TokenResponse(token, expiresAt, new UserInfo(user.Username, user.Office, user.Roles)));
    }
}
