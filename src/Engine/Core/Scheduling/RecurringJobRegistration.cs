namespace Mpp.Workflows.Engine.Scheduling;

/// <summary>A recurring job to (re)register when the host starts: its Hangfire id, job type and cron expression (seconds allowed).</summary>
public sealed record RecurringJobRegistration(string Id, Type JobType, string Cron);
