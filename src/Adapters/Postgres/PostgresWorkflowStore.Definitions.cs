using Npgsql;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Adapters.Postgres;

public sealed partial class PostgresWorkflowStore
{
    // IsLatest is not stored: it is whether no higher version exists.
    private string DefinitionColumns =>
        "d.definition_id, d.version, d.name, d.is_published, " +
        $"d.version = (SELECT max(v.version) FROM {Schema}.definitions v WHERE v.definition_id = d.definition_id), " +
        "d.document, d.created_at, d.published_at";

    public async Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT DISTINCT ON (d.definition_id) d.definition_id, d.name, d.version,
                   (SELECT p.version FROM {Schema}.definitions p WHERE p.definition_id = d.definition_id AND p.is_published)
            FROM {Schema}.definitions d
            ORDER BY d.definition_id, d.version DESC;
            """);
        return await command.ListAsync(
            r => new DefinitionSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3)),
            cancellationToken);
    }

    public async Task<DefinitionRecord?> GetDefinitionAsync(
        string definitionId, VersionSelector selector, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await GetDefinitionAsync(connection, null, definitionId, selector, lockRow: false, cancellationToken);
    }

    public async Task<DefinitionRecord> SaveDraftAsync(
        string definitionId, string name, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Locking the latest row makes a concurrent save wait and then see this one; two saves of a brand-new definition
        // both insert version 1 and the second fails on the primary key.
        var latest = await GetDefinitionAsync(
            connection, transaction, definitionId, VersionSelector.Latest, lockRow: true, cancellationToken);
        var version = (latest?.Version ?? 0) + 1;

        // A version that was ever published may be running applications, so only a never-published draft is overwritten.
        if (latest is { IsPublished: false, PublishedAt: null })
        {
            version = latest.Version;
            await using var update = new NpgsqlCommand(
                $"UPDATE {Schema}.definitions SET name = @name, document = @document WHERE definition_id = @id AND version = @version;",
                connection,
                transaction)
                .With("id", definitionId).With("version", version).With("name", name).WithJson("document", json);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO {Schema}.definitions (definition_id, version, name, is_published, document, created_at, published_at)
                VALUES (@id, @version, @name, false, @document, @now, NULL);
                """,
                connection,
                transaction)
                .With("id", definitionId).With("version", version).With("name", name).WithJson("document", json).With("now", now);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.IsUniqueViolation())
            {
                throw new ConcurrencyException($"Version {version} of definition '{definitionId}' was saved concurrently.", exception);
            }
        }

        var saved = await GetDefinitionAsync(
            connection, transaction, definitionId, VersionSelector.Exact(version), lockRow: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved!;
    }

    public async Task<DefinitionRecord?> PublishAsync(
        string definitionId, int version, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Lock every version of the definition so that concurrent publishes queue instead of colliding on the unique index.
        await using (var lockAll = new NpgsqlCommand(
            $"SELECT version FROM {Schema}.definitions WHERE definition_id = @id FOR UPDATE;", connection, transaction)
            .With("id", definitionId))
        {
            await lockAll.ExecuteNonQueryAsync(cancellationToken);
        }

        // Unpublish the others first: the partial unique index allows one published version per definition.
        await using (var others = new NpgsqlCommand(
            $"UPDATE {Schema}.definitions SET is_published = false WHERE definition_id = @id AND version <> @version AND is_published;",
            connection,
            transaction).With("id", definitionId).With("version", version))
        {
            await others.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var publish = new NpgsqlCommand(
            $"""
            UPDATE {Schema}.definitions SET is_published = true, document = @document, published_at = @now
            WHERE definition_id = @id AND version = @version;
            """,
            connection,
            transaction).With("id", definitionId).With("version", version).WithJson("document", json).With("now", now))
        {
            if (await publish.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        var published = await GetDefinitionAsync(
            connection, transaction, definitionId, VersionSelector.Exact(version), lockRow: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private async Task<DefinitionRecord?> GetDefinitionAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string definitionId, VersionSelector selector, bool lockRow,
        CancellationToken cancellationToken)
    {
        var sql = selector switch
        {
            { Number: not null, PublishedOnly: false } =>
                $"SELECT {DefinitionColumns} FROM {Schema}.definitions d WHERE d.definition_id = @id AND d.version = @version",
            { Number: not null, PublishedOnly: true } =>
                $"SELECT {DefinitionColumns} FROM {Schema}.definitions d " +
                "WHERE d.definition_id = @id AND d.version = @version AND d.is_published",
            { PublishedOnly: true } =>
                $"SELECT {DefinitionColumns} FROM {Schema}.definitions d WHERE d.definition_id = @id AND d.is_published",
            _ =>
                $"SELECT {DefinitionColumns} FROM {Schema}.definitions d WHERE d.definition_id = @id ORDER BY d.version DESC LIMIT 1",
        };
        await using var command = new NpgsqlCommand(lockRow ? sql + " FOR UPDATE;" : sql + ";", connection, transaction)
            .With("id", definitionId);
        if (selector.Number is { } number)
        {
            command.With("version", number);
        }

        return await command.SingleOrDefaultAsync(
            r => new DefinitionRecord(
                r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4), r.GetString(5), r.Instant(6),
                r.NullableInstant(7)),
            cancellationToken);
    }
}
