using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    private const string CalendarColumns = "year, document, updated_at, updated_by";

    public async Task<IReadOnlyList<CalendarRecord>> ListCalendarsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {CalendarColumns} FROM calendars ORDER BY year;");
        return await command.ListAsync(ReadCalendar, cancellationToken);
    }

    public async Task<CalendarRecord?> GetCalendarAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {CalendarColumns} FROM calendars WHERE year = @year;").With("@year", year);
        return await command.SingleOrDefaultAsync(ReadCalendar, cancellationToken);
    }

    public async Task UpsertCalendarAsync(CalendarRecord calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        await using var session = (SqliteStoreSession)await BeginAsync(cancellationToken);
        await using (var command = session.Connection.Command(
            """
            INSERT INTO calendars (year, document, updated_at, updated_by) VALUES (@year, @document, @at, @by)
            ON CONFLICT (year) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by;
            """,
            session.Transaction)
            .With("@year", calendar.Year).With("@document", calendar.Json).With("@at", calendar.UpdatedAt).With("@by", calendar.UpdatedBy))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
    }

    private static CalendarRecord ReadCalendar(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetInt32(0), r.GetString(1), r.Instant(2), r.GetString(3));
}
