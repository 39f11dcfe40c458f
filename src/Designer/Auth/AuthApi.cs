using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// <c>/api/auth</c>: staff exchange a username and password for a bearer token. Too many failures for the user name or from
/// the client's address are answered 429 with <c>Retry-After</c> (<see cref="SignInThrottle"/>).
/// </summary>
internal static class AuthApi
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").AllowAnonymous();
        group.MapPost("/token", IssueTokenAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, HttpContext context, StaffSignIn signIn, TokenIssuer issuer, CancellationToken cancellationToken)
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

        var result = await signIn.SignInAsync(request.Username!, request.Password!, context.Connection.RemoteIpAddress, cancellationToken);
        if (result.RetryAfter is { } retryAfter)
        {
            return TypedResults.Problem(TooManyRequests.SignIn(context, retryAfter));
        }

        if (result.Deactivated)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Account deactivated",
                detail: "This account is deactivated; ask an administrator to reactivate it.");
        }

        if (result.User is not { } user)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid username or password");
        }

        var (token, expiresAt) = issuer.Issue(StaffClaims.CreatePrincipal(user, BearerTokenDefaults.AuthenticationScheme));
        return TypedResults.Ok(new TokenResponse(token, expiresAt, new UserInfo(user.Username, user.Office, user.Roles)));
    }
}
