namespace Mpp.Workflows.Designer.Auth;

/// <summary>
/// How many failed sign-ins (section <c>Auth:SignIn</c>) a user name and a client address may have within
/// <see cref="Window"/> before further attempts are refused with 429 until the oldest failure leaves the window. Successful
/// sign-ins count nothing, so staff behind one address are not locked out by each other's successes.
/// </summary>
internal sealed class SignInThrottleOptions
{
    public int FailuresPerUserName { get; set; } = 5;

    /// <summary>Higher than per user name: a counter hall's staff share one address, a password sprayer tries many names.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
