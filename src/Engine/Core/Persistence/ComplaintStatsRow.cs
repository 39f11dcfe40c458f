namespace Mpp.Workflows.Engine.Persistence;

/// <summary>What the performance board reads of one complaint: its office and clock, nothing about the complainant.</summary>
public sealed record ComplaintStatsRow(
    string Office,
    string Status,
    DateTimeOffset FiledAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AnsweredAt,
    int? ResponseDays);
