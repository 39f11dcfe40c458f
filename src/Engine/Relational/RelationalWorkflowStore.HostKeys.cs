
namespace Mpp.Workflows.Engine.Relational;

public abstract partial class RelationalWorkflowStore : IHostKeyStore
{
    public Task<IReadOnlyList<HostKey>> ListHostKeysAsync(string purpose, CancellationToken cancellationToken) =>
        ListAsync(
            new Sql($"SELECT purpose, name, value, created_at FROM {T("host_keys")} WHERE purpose = @purpose ORDER BY created_at, name;")
                .With("purpose", purpose),
            reader => new HostKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), Dialect.Instant(reader, 3)),
            cancellationToken);

    public Task AddHostKeyAsync(HostKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WriteAsync(
            new Sql(
                $"""
                INSERT INTO {T("host_keys")} (purpose, name, value, created_at) VALUES (@purpose, @name, @value, @at)
                ON CONFLICT (purpose, name) DO NOTHING;
                """)
                .With("purpose", key.Purpose).With("name", key.Name).With("value", key.Value).With("at", key.CreatedAt),
            cancellationToken);
    }

    public abstract Task RunExclusiveAsync(string purpose, Func<CancellationToken, Task> action, CancellationToken cancellationToken);
}
