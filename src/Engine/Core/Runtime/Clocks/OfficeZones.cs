using System.Collections.Concurrent;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The IANA time zone of each office (offices table), cached; task clocks run in their office's zone.</summary>
public sealed class OfficeZones(IWorkflowStore store, IOptions<EngineOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _officeZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly EngineOptions _options = options.Value;

    /// <summary>Drops the cached zone of an office whose record changed; clocks started from now on use the new zone.</summary>
    public void ForgetOfficeZone(string office) => _officeZones.TryRemove(office, out _);

    /// <summary>The IANA zone of an office (offices table), or the engine's default zone.</summary>
    public async Task<string> ZoneOfAsync(string? office, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(office))
        {
            return _options.TimeZone;
        }

        if (!_officeZones.TryGetValue(office, out var zone))
        {
            foreach (var record in await store.ListOfficesAsync(cancellationToken).ConfigureAwait(false))
            {
                _officeZones[record.Code] = string.IsNullOrWhiteSpace(record.TimeZone) ? _options.TimeZone : record.TimeZone;
            }

            zone = _officeZones.GetValueOrDefault(office, _options.TimeZone);
        }

        return zone;
    }
}
