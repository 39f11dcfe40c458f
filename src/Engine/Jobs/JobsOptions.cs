namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Job server settings (configuration section <c>Jobs</c>). Hangfire's defaults poll every 15 s; a deadline should fire within
/// about a second of its due instant, so both polls default to a fraction of that.
/// </summary>
public sealed class JobsOptions
{
    /// <summary>How often delayed jobs that fell due are moved to the queue (and recurring jobs are triggered).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often idle workers look for queued jobs (storages without notifications).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Parallel jobs per host; timer jobs are short database transactions.</summary>
    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>
    /// PostgreSQL: how long a job fetched by a host that then died (killed, power lost) stays invisible before another host
    /// takes it over. Running jobs renew their fetch every few seconds (a sliding timeout), so a long job is never taken twice;
    /// Hangfire's default would leave a killed host's job for 30 minutes.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether this host runs a job server (several hosts may share one storage; at least one must run it).</summary>
    public bool Server { get; set; } = true;
}
