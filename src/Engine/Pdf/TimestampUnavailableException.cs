namespace Mpp.Workflows.Engine.Pdf;

/// <summary>
/// The configured timestamp authority gave no usable token. A document is not issued without the timestamp the office
/// configured: the issuing fails, and the outbox tries it again later with this message as the row's error.
/// </summary>
public sealed class TimestampUnavailableException : Exception
{
    public TimestampUnavailableException()
    {
    }

    public TimestampUnavailableException(string message)
        : base(message)
    {
    }

    public TimestampUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The authority at <paramref name="url"/> gave no timestamp because of <paramref name="reason"/>.</summary>
    public static TimestampUnavailableException For(Uri url, string reason, Exception? inner = null)
    {
        var message = $"The timestamp authority {url} gave no timestamp: {reason}. Documents are not issued without their "
            + "timestamp; the outbox tries again later.";
        return inner is null ? new TimestampUnavailableException(message) : new TimestampUnavailableException(message, inner);
    }
}
