namespace Mpp.Workflows.Engine.Outbox;

/// <summary>How the outbox is worked off (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Rows claimed per pass; the mails among them go out over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim keeps other dispatchers off a row. A running pass renews it every third of this, so only a dispatcher
    /// that died (or lost the store for longer than this) gives its rows up: another host takes them one lease later. A mail
    /// of a dispatcher that died after sending and before recording may go out twice, with the same Message-Id; a pass whose
    /// rows were taken over records nothing for them (fencing by lease token).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}
