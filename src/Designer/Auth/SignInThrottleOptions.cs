namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// How many failed sign-ins (section <c>Auth:SignIn</c>) a user name from one address, a user name from anywhere, and a
/// client address may have within <see cref="Window"/> before further attempts are refused with 429 until the oldest
/// failure leaves the window. Successful sign-ins count nothing (and clear the user name's failures), so staff behind one
/// address are not locked out by each other's successes, and a stranger guessing from elsewhere does not lock an officer
/// out of their own desk until <see cref="FailuresPerUserNameAnywhere"/>.
/// </summary>
internal sealed class SignInThrottleOptions
{
    /// <summary>Failures of one user name from one client address.</summary>
    public int FailuresPerUserName { get; set; } = 5;

    /// <summary>Failures of one user name from all addresses together: guessing spread over many addresses.</summary>
    public int FailuresPerUserNameAnywhere { get; set; } = 50;

    /// <summary>Higher than per user name: a counter hall's staff share one address, a password sprayer tries many names.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
