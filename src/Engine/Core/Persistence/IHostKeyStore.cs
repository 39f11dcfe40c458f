namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// Keys every host of one deployment must share (the web's data-protection key ring: staff tokens, sign-in cookies,
/// antiforgery), kept in the store so a token issued by one host is accepted by every other. Values are written already
/// encrypted by the caller; the store never sees them in clear.
/// </summary>
public interface IHostKeyStore
{
    /// <summary>Every key kept for <paramref name="purpose"/>, oldest first.</summary>
    Task<IReadOnlyList<HostKey>> ListHostKeysAsync(string purpose, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="key"/>; a key of the same purpose and name is kept as it was (keys never change).</summary>
    Task AddHostKeyAsync(HostKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> while no other host runs one for the same <paramref name="purpose"/>, so hosts starting
    /// together create a first key once instead of each its own.
    /// </summary>
    Task RunExclusiveAsync(string purpose, Func<CancellationToken, Task> action, CancellationToken cancellationToken);
}

/// <summary>One kept key: its purpose (e.g. <c>data-protection</c>), its name within the purpose, and its (encrypted) value.</summary>
public sealed record HostKey(string Purpose, string Name, string Value, DateTimeOffset CreatedAt);
