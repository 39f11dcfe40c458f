using System.Collections.Concurrent;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The IANA time zone of each office (offices table), cached; task clocks run in their office's zone.</summary>
public sealed class OfficeZones(IWorkflowStore store, IOptions<EngineOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _officeZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly EngineOptions _options = options.Value;

    /// <summary>Drops the cached zone of an office whose record changed; clocks started from now on use the new zone.</summary>
    public void ForgetOfficeZone(string office) => _officeZones.TryRemove(office, out _);

    /// <summary>Replaces every cached zone with the offices as they are in the store (another host may have changed them).</summary>
    public void Load(IEnumerable<OfficeRecord> offices)
    {
        ArgumentNullException.ThrowIfNull(offices);
        var current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var office in offices)
        {
            current[office.Code] = ZoneOf(office);
        }

        foreach (var (code, zone) in current)
        {
            _officeZones[code] = zone;
        }

        foreach (var gone in _officeZones.Keys.Where(code => !current.ContainsKey(code)))
        {
            _officeZones.TryRemove(gone, out _);
        }
    }

    /// <summary>The IANA zone of an office (offices table), or the engine's default zone.</summary>
    public async Task<string> ZoneOfAsync(string? office, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(office))
        {
            return _options.TimeZone;
        }

        if (!_officeZones.TryGetValue(office, out var zone))
        {
            Load(await store.ListOfficesAsync(cancellationToken).ConfigureAwait(false));
            zone = _officeZones.GetValueOrDefault(office, _options.TimeZone);
        }

        return zone;
    }

    private string ZoneOf(OfficeRecord office) => string.IsNullOrWhiteSpace(office.TimeZone) ? _options.TimeZone : office.TimeZone;
}
