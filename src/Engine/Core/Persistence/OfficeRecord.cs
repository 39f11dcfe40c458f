namespace Mpp.Workflows.Engine.Persistence;

/// <summary>An office (agency) that has an inbox, with the time zone its clocks are counted in.</summary>
public sealed record OfficeRecord(string Code, string Name, string TimeZone, IReadOnlyList<string> Roles);
