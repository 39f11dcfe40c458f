
namespace Mpp.Workflows.Engine.Relational;

public abstract partial class RelationalWorkflowStore
{
    // IsLatest is not stored: it is whether no higher version exists.
    private string DefinitionColumns =>
        "d.definition_id, d.version, d.name, d.is_published, " +
        $"d.version = (SELECT max(v.version) FROM {T("definitions")} v WHERE v.definition_id = d.definition_id), " +
        "d.document, d.created_at, d.published_at";

    public Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken) =>
        ListAsync(
            new Sql(
                $"""
                SELECT d.definition_id, d.name, d.version,
                       (SELECT p.version FROM {T("definitions")} p WHERE p.definition_id = d.definition_id AND p.is_published = true)
                FROM {T("definitions")} d
                WHERE d.version = (SELECT max(v.version) FROM {T("definitions")} v WHERE v.definition_id = d.definition_id)
                ORDER BY d.definition_id;
                """),
            r => new DefinitionSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3)),
            cancellationToken);

    public Task<IReadOnlyList<PublicServiceName>> ListPublicServiceNamesAsync(CancellationToken cancellationToken) =>
        ListAsync(
            new Sql(
                $"""
                SELECT d.definition_id, d.name
                FROM {T("definitions")} d
                WHERE d.version = COALESCE(
                    (SELECT p.version FROM {T("definitions")} p WHERE p.definition_id = d.definition_id AND p.is_published = true),
                    (SELECT max(h.version) FROM {T("definitions")} h WHERE h.definition_id = d.definition_id AND h.published_at IS NOT NULL))
                ORDER BY d.definition_id;
                """),
            r => new PublicServiceName(r.GetString(0), r.GetString(1)),
            cancellationToken);

    public async Task<DefinitionRecord?> GetDefinitionAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await GetDefinitionAsync(new SqlRunner(Dialect, connection, null), definitionId, selector, lockRow: false, cancellationToken);
    }

    public Task<DefinitionRecord> SaveDraftAsync(
        string definitionId, string name, string json, DateTimeOffset now, CancellationToken cancellationToken) =>
        SaveDraftAsync(definitionId, name, _ => json, now, cancellationToken);

    public async Task<DefinitionRecord> SaveDraftAsync(
        string definitionId, string name, Func<DefinitionRecord?, string> json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var runner = transaction.Runner;

        // Locking the latest row makes a concurrent save wait and then see this one; two saves of a brand-new definition
        // both insert version 1 and the second fails on the primary key.
        var latest = await GetDefinitionAsync(runner, definitionId, VersionSelector.Latest, lockRow: true, cancellationToken);
        var version = (latest?.Version ?? 0) + 1;
        var document = json(latest);

        // A version that was ever published may be running applications, so only a never-published draft is overwritten.
        if (latest is { IsPublished: false, PublishedAt: null })
        {
            version = latest.Version;
            await runner.ExecuteAsync(
                new Sql($"UPDATE {T("definitions")} SET name = @name, document = @document WHERE definition_id = @id AND version = @version;")
                    .With("id", definitionId).With("version", version).With("name", name).WithJson("document", document),
                cancellationToken);
        }
        else
        {
            try
            {
                await runner.ExecuteAsync(
                    new Sql(
                        $"""
                        INSERT INTO {T("definitions")} (definition_id, version, name, is_published, document, created_at, published_at)
                        VALUES (@id, @version, @name, false, @document, @now, NULL);
                        """)
                        .With("id", definitionId).With("version", version).With("name", name).WithJson("document", document).With("now", now),
                    cancellationToken);
            }
            catch (System.Data.Common.DbException exception) when (Dialect.IsUniqueViolation(exception))
            {
                throw new ConcurrencyException($"Version {version} of definition '{definitionId}' was saved concurrently.", exception);
            }
        }

        var saved = await GetDefinitionAsync(runner, definitionId, VersionSelector.Exact(version), lockRow: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved!;
    }

    public async Task<DefinitionRecord?> UpdateDraftAsync(
        string definitionId, Func<DefinitionRecord, string> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var runner = transaction.Runner;
        var latest = await GetDefinitionAsync(runner, definitionId, VersionSelector.Latest, lockRow: true, cancellationToken);
        if (latest is not { IsPublished: false, PublishedAt: null })
        {
            return null;
        }

        // The condition is repeated in the statement: a version published since the read above is never changed.
        var changed = await runner.ExecuteAsync(
            new Sql(
                $"UPDATE {T("definitions")} SET document = @document " +
                "WHERE definition_id = @id AND version = @version AND is_published = false AND published_at IS NULL;")
                .With("id", definitionId).With("version", latest.Version).WithJson("document", change(latest)),
            cancellationToken);
        if (changed == 0)
        {
            return null;
        }

        var saved = await GetDefinitionAsync(runner, definitionId, VersionSelector.Exact(latest.Version), lockRow: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public async Task<DefinitionRecord?> PublishAsync(
        string definitionId, int version, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var runner = transaction.Runner;
        await LockVersionsAsync(runner, definitionId, cancellationToken);
        var record = await PublishAsync(runner, definitionId, version, json, now, cancellationToken);
        if (record is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return record;
    }

    public async Task<DefinitionRecord?> PublishLatestAsync(
        string definitionId, Func<DefinitionRecord, string?> prepare, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var runner = transaction.Runner;
        await LockVersionsAsync(runner, definitionId, cancellationToken);
        var latest = await GetDefinitionAsync(runner, definitionId, VersionSelector.Latest, lockRow: true, cancellationToken);
        if (latest is null || prepare(latest) is not { } json)
        {
            return null;
        }

        var record = await PublishAsync(runner, definitionId, latest.Version, json, now, cancellationToken);
        if (record is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return record;
    }

    /// <summary>Locks every version of the definition so that concurrent publishes queue instead of colliding on the unique index.</summary>
    private async Task LockVersionsAsync(SqlRunner runner, string definitionId, CancellationToken cancellationToken)
    {
        if (Dialect.ForUpdate.Length > 0)
        {
            await runner.ExecuteAsync(
                new Sql($"SELECT version FROM {T("definitions")} WHERE definition_id = @id{Dialect.ForUpdate};").With("id", definitionId),
                cancellationToken);
        }
    }

    private async Task<DefinitionRecord?> PublishAsync(
        SqlRunner runner, string definitionId, int version, string json, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Unpublish the others first: the partial unique index allows one published version per definition.
        await runner.ExecuteAsync(
            new Sql(
                $"UPDATE {T("definitions")} SET is_published = false " +
                "WHERE definition_id = @id AND version <> @version AND is_published = true;")
                .With("id", definitionId).With("version", version),
            cancellationToken);
        var published = await runner.ExecuteAsync(
            new Sql(
                $"""
                UPDATE {T("definitions")} SET is_published = true, document = @document, published_at = @now
                WHERE definition_id = @id AND version = @version;
                """).With("id", definitionId).With("version", version).WithJson("document", json).With("now", now),
            cancellationToken);
        return published == 0
            ? null
            : await GetDefinitionAsync(runner, definitionId, VersionSelector.Exact(version), lockRow: false, cancellationToken);
    }

    public async Task<int?> DeleteDraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginWriteAsync(cancellationToken);
        var runner = transaction.Runner;
        var latest = await GetDefinitionAsync(runner, definitionId, VersionSelector.Latest, lockRow: true, cancellationToken);
        if (latest is not { IsPublished: false, PublishedAt: null })
        {
            return null;
        }

        // The condition is repeated in the statement: a version published since the read above is never deleted.
        var deleted = await runner.ExecuteAsync(
            new Sql(
                $"DELETE FROM {T("definitions")} WHERE definition_id = @id AND version = @version AND is_published = false AND published_at IS NULL;")
                .With("id", definitionId).With("version", latest.Version),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 1 ? latest.Version : null;
    }

    private Task<DefinitionRecord?> GetDefinitionAsync(
        SqlRunner runner, string definitionId, VersionSelector selector, bool lockRow, CancellationToken cancellationToken)
    {
        var from = $"SELECT {DefinitionColumns} FROM {T("definitions")} d WHERE d.definition_id = @id";
        var sql = selector switch
        {
            { Number: not null, PublishedOnly: false } => from + " AND d.version = @version",
            { Number: not null, PublishedOnly: true } => from + " AND d.version = @version AND d.is_published = true",
            { PublishedOnly: true } => from + " AND d.is_published = true",
            _ => from + " ORDER BY d.version DESC LIMIT 1",
        };
        var query = new Sql(lockRow ? sql + Dialect.ForUpdate + ";" : sql + ";").With("id", definitionId);
        if (selector.Number is { } number)
        {
            query.With("version", number);
        }

        return runner.SingleOrDefaultAsync(query, Rows.ReadDefinition, cancellationToken);
    }
}
