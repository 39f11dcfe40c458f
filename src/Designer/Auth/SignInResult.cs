using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>How a sign-in went: the account when it succeeded, how long to wait when it was throttled, neither when refused.</summary>
internal sealed record SignInResult(UserRecord? User, TimeSpan? RetryAfter)
{
    public static SignInResult Refused { get; } = new(null, null);
}
