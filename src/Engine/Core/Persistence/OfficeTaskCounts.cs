namespace Mpp.Workflows.Engine.Persistence;

/// <summary>An office's open tasks, and how many of them are past their due instant.</summary>
public sealed record OfficeTaskCounts(string Office, long Open, long Overdue);
