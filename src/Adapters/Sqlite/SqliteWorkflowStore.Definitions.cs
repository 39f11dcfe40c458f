using Microsoft.Data.Sqlite;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Sqlite;

public sealed partial class SqliteWorkflowStore
{
    // IsLatest is not stored: it is whether no higher version exists.
    private const string DefinitionColumns =
        "d.definition_id, d.version, d.name, d.is_published, " +
        "d.version = (SELECT max(v.version) FROM definitions v WHERE v.definition_id = d.definition_id), " +
        "d.document, d.created_at, d.published_at";

    public async Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT d.definition_id, d.name, d.version,
                   (SELECT p.version FROM definitions p WHERE p.definition_id = d.definition_id AND p.is_published = 1)
            FROM definitions d
            WHERE d.version = (SELECT max(v.version) FROM definitions v WHERE v.definition_id = d.definition_id)
            ORDER BY d.definition_id;
            """);
        return await command.ListAsync(
            r => new DefinitionSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3)),
            cancellationToken);
    }

    public async Task<DefinitionRecord?> GetDefinitionAsync(
        string definitionId, VersionSelector selector, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetDefinitionAsync(connection, null, definitionId, selector, cancellationToken);
    }

    public async Task<DefinitionRecord> SaveDraftAsync(
        string definitionId, string name, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = (SqliteStoreSession)await BeginAsync(cancellationToken);
        var latest = await GetDefinitionAsync(
            session.Connection, session.Transaction, definitionId, VersionSelector.Latest, cancellationToken);

        // A version that was ever published may be running applications, so only a never-published draft is overwritten.
        if (latest is { IsPublished: false, PublishedAt: null })
        {
            await using var update = session.Connection.Command(
                """
                UPDATE definitions SET name = @name, document = @document
                WHERE definition_id = @id AND version = @version;
                """,
                session.Transaction)
                .With("@id", definitionId).With("@version", latest.Version).With("@name", name).With("@document", json);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var insert = session.Connection.Command(
                """
                INSERT INTO definitions (definition_id, version, name, is_published, document, created_at, published_at)
                VALUES (@id, @version, @name, 0, @document, @now, NULL);
                """,
                session.Transaction)
                .With("@id", definitionId).With("@version", (latest?.Version ?? 0) + 1).With("@name", name).With("@document", json)
                .With("@now", now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var saved = await GetDefinitionAsync(
            session.Connection, session.Transaction, definitionId, VersionSelector.Latest, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return saved!;
    }

    public async Task<DefinitionRecord?> PublishAsync(
        string definitionId, int version, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = (SqliteStoreSession)await BeginAsync(cancellationToken);

        // Unpublish the others first: the partial unique index allows one published version per definition.
        await using (var others = session.Connection.Command(
            "UPDATE definitions SET is_published = 0 WHERE definition_id = @id AND version <> @version AND is_published = 1;",
            session.Transaction).With("@id", definitionId).With("@version", version))
        {
            await others.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var publish = session.Connection.Command(
            """
            UPDATE definitions SET is_published = 1, document = @document, published_at = @now
            WHERE definition_id = @id AND version = @version;
            """,
            session.Transaction).With("@id", definitionId).With("@version", version).With("@document", json).With("@now", now))
        {
            if (await publish.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        var published = await GetDefinitionAsync(
            session.Connection, session.Transaction, definitionId, VersionSelector.Exact(version), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return published;
    }

    private static async Task<DefinitionRecord?> GetDefinitionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string definitionId, VersionSelector selector,
        CancellationToken cancellationToken)
    {
        var sql = selector switch
        {
            { Number: not null, PublishedOnly: false } =>
                $"SELECT {DefinitionColumns} FROM definitions d WHERE d.definition_id = @id AND d.version = @version;",
            { Number: not null, PublishedOnly: true } =>
                $"SELECT {DefinitionColumns} FROM definitions d " +
                "WHERE d.definition_id = @id AND d.version = @version AND d.is_published = 1;",
            { PublishedOnly: true } =>
                $"SELECT {DefinitionColumns} FROM definitions d WHERE d.definition_id = @id AND d.is_published = 1;",
            _ =>
                $"SELECT {DefinitionColumns} FROM definitions d WHERE d.definition_id = @id ORDER BY d.version DESC LIMIT 1;",
        };
        await using var command = connection.Command(sql, transaction).With("@id", definitionId).With("@version", selector.Number);
        return await command.SingleOrDefaultAsync(
            r => new DefinitionRecord(
                r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4), r.GetString(5), r.Instant(6),
                r.NullableInstant(7)),
            cancellationToken);
    }
}
