namespace Mpp.Workflows.Engine.Outbox;

/// <summary>How the outbox is worked off (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Rows claimed per pass; the mails among them go out over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim keeps other dispatchers off a row. A dispatcher that dies mid-pass only delays its rows by this much;
    /// one slower than this may see a row sent twice, with the same Message-Id.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}
