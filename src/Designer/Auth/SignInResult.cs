
namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// How a sign-in went: the account when it succeeded, how long to wait when it was throttled, neither when refused.
/// <paramref name="Deactivated"/>: the password was right but the account is switched off (said only to whoever knows the
/// password, so it tells a guesser nothing).
/// </summary>
internal sealed record SignInResult(UserRecord? User, TimeSpan? RetryAfter, bool Deactivated = false)
{
    public static SignInResult Refused { get; } = new(null, null);

    public static SignInResult Inactive { get; } = new(null, null, Deactivated: true);
}
