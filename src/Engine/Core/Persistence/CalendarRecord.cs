namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One year's working-day calendar as stored: <see cref="Json"/> is the document of <c>workflows/calendars/{year}.json</c>
/// (read it with <c>CalendarJson</c>); who changed it last and when.
/// </summary>
public sealed record CalendarRecord(int Year, string Json, DateTimeOffset UpdatedAt, string UpdatedBy);
