using System.Collections.Concurrent;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The IANA time zone of each office (offices table), cached; task clocks run in their office's zone.</summary>
public sealed class OfficeZones(IWorkflowStore store, IOptions<EngineOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _officeZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly EngineOptions _options = options.Value;
    private readonly RefreshGuard _guard = new();

    /// <summary>Drops the cached zone of an office whose record changed; clocks started from now on use the new zone.</summary>
    public void ForgetOfficeZone(string office) => _guard.Change(() => _officeZones.TryRemove(office, out _));

    /// <summary>
    /// Replaces every cached zone with the offices as they are in the store (another host may have changed them) — unless an
    /// office was forgotten here while the store was being read: the list read may predate that change and would put the old
    /// zone back, so it is dropped (the zone is read again when next used, and by the next refresh).
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken) =>
        await ReloadAsync(cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The IANA zone of an office (offices table), or the engine's default zone.</summary>
    public async Task<string> ZoneOfAsync(string? office, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(office))
        {
            return _options.TimeZone;
        }

        if (_officeZones.TryGetValue(office, out var zone))
        {
            return zone;
        }

        // A read overtaken by a change is read again, so the zone used is one committed before the read began.
        Dictionary<string, string>? current;
        do
        {
            current = await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
        while (current is null);

        return current.GetValueOrDefault(office, _options.TimeZone);
    }

    /// <returns>The zones now held, or null when an office was forgotten while the store was being read.</returns>
    private async Task<Dictionary<string, string>?> ReloadAsync(CancellationToken cancellationToken)
    {
        var stamp = _guard.Stamp();
        var offices = await store.ListOfficesAsync(cancellationToken).ConfigureAwait(false);
        var current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var office in offices)
        {
            current[office.Code] = ZoneOf(office);
        }

        return _guard.TryApply(stamp, () => Replace(current)) ? current : null;
    }

    private void Replace(Dictionary<string, string> current)
    {
        foreach (var (code, zone) in current)
        {
            _officeZones[code] = zone;
        }

        foreach (var gone in _officeZones.Keys.Where(code => !current.ContainsKey(code)))
        {
            _officeZones.TryRemove(gone, out _);
        }
    }

    private string ZoneOf(OfficeRecord office) => string.IsNullOrWhiteSpace(office.TimeZone) ? _options.TimeZone : office.TimeZone;
}
