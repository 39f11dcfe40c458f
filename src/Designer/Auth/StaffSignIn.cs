using System.Net;

namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// Checks a user name and password for the token endpoint and the sign-in page alike: throttled per user name and client
/// address (<see cref="SignInThrottle"/>), unknown and inactive users cost a full hash too (timing does not tell which
/// names exist), and a right password whose hash is weaker than new ones gets a new hash on the spot.
/// </summary>
internal sealed class StaffSignIn(
    IAccountReader accounts, IWorkflowStore store, PasswordHasher hasher, SignInThrottle throttle, ILogger<StaffSignIn> logger)
{
    public async Task<SignInResult> SignInAsync(string username, string password, IPAddress? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        using var attempt = throttle.Begin(username, address);
        if (attempt.RetryAfter is { } retryAfter)
        {
            logger.LogWarning("Sign-in of {Username} from {Address} throttled for {RetryAfter}", username, address, retryAfter);
            return new SignInResult(null, retryAfter);
        }

        var user = await accounts.FindAsync(username.Trim(), cancellationToken);
        var check = hasher.Verify(password, user?.PasswordHash ?? hasher.Decoy);
        if (user is null || check == PasswordCheck.Wrong)
        {
            attempt.Failed();
            logger.LogInformation("Sign-in of {Username} from {Address} refused", username, address);
            return SignInResult.Refused;
        }

        if (!user.Active)
        {
            attempt.Succeeded();
            logger.LogInformation("Sign-in of deactivated account {Username} from {Address} refused", username, address);
            return SignInResult.Inactive;
        }

        attempt.Succeeded();
        throttle.Forgive(username, address);
        if (check == PasswordCheck.ValidButWeak)
        {
            // Only while the hash is still the one just checked: an admin's reset or deactivation meanwhile stays.
            var stronger = hasher.Hash(password);
            if (await store.ReplacePasswordHashAsync(user.Username, user.PasswordHash, stronger, cancellationToken))
            {
                logger.LogInformation("Password hash of {Username} upgraded to {Iterations} iterations", user.Username, hasher.Iterations);
                user = user with { PasswordHash = stronger };
            }
        }

        return new SignInResult(user, null);
    }
}
