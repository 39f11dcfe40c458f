using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    private const string CalendarColumns = "year, document::text, updated_at, updated_by";

    public async Task<IReadOnlyList<CalendarRecord>> ListCalendarsAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {CalendarColumns} FROM {Schema}.calendars ORDER BY year;");
        return await command.ListAsync(ReadCalendar, cancellationToken);
    }

    public async Task<CalendarRecord?> GetCalendarAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {CalendarColumns} FROM {Schema}.calendars WHERE year = @year;")
            .With("year", year);
        return await command.SingleOrDefaultAsync(ReadCalendar, cancellationToken);
    }

    public async Task UpsertCalendarAsync(CalendarRecord calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        await using var command = _dataSource.CreateCommand(
            $"""
            INSERT INTO {Schema}.calendars (year, document, updated_at, updated_by) VALUES (@year, @document, @at, @by)
            ON CONFLICT (year) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by;
            """)
            .With("year", calendar.Year).WithJson("document", calendar.Json).With("at", calendar.UpdatedAt).With("by", calendar.UpdatedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static CalendarRecord ReadCalendar(NpgsqlDataReader r) => new(r.GetInt32(0), r.GetString(1), r.Instant(2), r.GetString(3));
}
