using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    private const string UserColumns = "username, display_name, password_hash, office, roles, active, email";

    public async Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {UserColumns} FROM users WHERE username = @username;")
            .With("@username", username);
        return await command.SingleOrDefaultAsync(ReadUser, cancellationToken);
    }

    public async Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {UserColumns} FROM users ORDER BY username;");
        return await command.ListAsync(ReadUser, cancellationToken);
    }

    public async Task UpsertUserAsync(UserRecord user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            INSERT INTO users (username, display_name, password_hash, office, roles, active, email)
            VALUES (@username, @display, @hash, @office, @roles, @active, @email)
            ON CONFLICT (username) DO UPDATE SET
                display_name = excluded.display_name, password_hash = excluded.password_hash, office = excluded.office,
                roles = excluded.roles, active = excluded.active, email = excluded.email;
            """)
            .With("@username", user.Username).With("@display", user.DisplayName).With("@hash", user.PasswordHash)
            .With("@office", user.Office).With("@roles", user.Roles).With("@active", user.Active).With("@email", user.Email);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OfficeRecord>> ListOfficesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT code, name, time_zone, roles FROM offices ORDER BY code;");
        return await command.ListAsync(
            r => new OfficeRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.Roles(3)), cancellationToken);
    }

    public async Task UpsertOfficeAsync(OfficeRecord office, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(office);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            INSERT INTO offices (code, name, time_zone, roles) VALUES (@code, @name, @zone, @roles)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, roles = excluded.roles;
            """)
            .With("@code", office.Code).With("@name", office.Name).With("@zone", office.TimeZone).With("@roles", office.Roles);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static UserRecord ReadUser(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.Roles(4), r.GetBoolean(5), r.NullableString(6));
}
