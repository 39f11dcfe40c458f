namespace Mpp.Workflows.Engine.Mail;

/// <summary>
/// When to try a failed mail again: exponential backoff from <see cref="MailOptions.BaseRetryDelay"/> (30 s, 1 min,
/// 2 min, … capped at <see cref="MaxDelay"/>) with ±20% jitter so that a batch failed together does not retry in
/// lockstep; no further attempt after <see cref="MailOptions.MaxAttempts"/> or after a permanent error
/// (<see cref="IMailTransport.IsPermanent"/>).
/// </summary>
public static class RetryPolicy
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    private const double Jitter = 0.2;

    /// <summary>
    /// The time of the next attempt after <paramref name="attemptsSoFar"/> failed ones (1 after the first failure),
    /// or <c>null</c> when the mail has used all its attempts and has failed permanently.
    /// </summary>
    public static DateTimeOffset? NextAttempt(int attemptsSoFar, DateTimeOffset now, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attemptsSoFar);
        if (attemptsSoFar >= options.MaxAttempts)
        {
            return null;
        }

        // In doubles, a large attempt count overflows to infinity, which the cap absorbs.
        var backoff = Math.Min(options.BaseRetryDelay.TotalSeconds * Math.Pow(2, attemptsSoFar - 1), MaxDelay.TotalSeconds);
        var jittered = backoff * (1 - Jitter + (2 * Jitter * Random.Shared.NextDouble()));
        return now + TimeSpan.FromSeconds(Math.Min(jittered, MaxDelay.TotalSeconds));
    }
}
