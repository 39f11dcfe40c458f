
namespace Mpp.Workflows.Engine.Reading;

/// <summary>Outbox rows for the administrators' view of outgoing mail.</summary>
public interface IOutboxReader
{
    /// <summary>Up to <paramref name="limit"/> rows, of one status or all when <paramref name="status"/> is null.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(string? status, int limit, CancellationToken cancellationToken);
}
