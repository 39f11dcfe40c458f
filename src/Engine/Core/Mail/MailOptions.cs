namespace Mpp.Workflows.Engine.Mail;

/// <summary>E-mail delivery settings from configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Sender address (<c>Mail:From</c>).</summary>
    public string From { get; set; } = "no-reply@dpmptsp.local";

    /// <summary>Sender display name (<c>Mail:FromName</c>).</summary>
    public string FromName { get; set; } = "DPMPTSP — Mal Pelayanan Publik";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Where <c>.eml</c> files go when no SMTP host is configured. Left empty, the host resolves it to
    /// <c>&lt;DataDirectory&gt;/mail</c> with <see cref="ResolvePickupDirectory"/>.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>Attempts per mail, the first included, before the mail is marked as permanently failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the second attempt; each further attempt doubles it (see <see cref="RetryPolicy"/>).</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsSmtpConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>The configured pickup directory, or <c>mail</c> under the host's data directory.</summary>
    public string ResolvePickupDirectory(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(PickupDirectory) ? Path.Combine(dataDirectory, "mail") : PickupDirectory);
    }
}
