using System.Net.Http.Headers;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The host process's memory at one moment: its resident set (<c>VmRSS</c> in <c>/proc/&lt;pid&gt;/status</c>) and its managed
/// heap as of the last garbage collection (the sum over generations of the host's own
/// <c>dotnet_gc_last_collection_heap_size_bytes</c> gauge at <c>/metrics</c>, read with an admin's token).
/// </summary>
internal sealed record HostMemory(long WorkingSetBytes, long GcHeapBytes)
{
    private const string HeapGauge = "dotnet_gc_last_collection_heap_size_bytes";

    public static async Task<HostMemory> SampleAsync(HttpClient http, HostProcess host, string adminBearer)
    {
        var status = await File.ReadAllLinesAsync($"/proc/{host.ProcessId}/status").ConfigureAwait(false);
        var rss = status.Single(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.Address, "/metrics"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminBearer);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var metrics = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var heap = metrics.Split('\n')
            .Where(line => line.StartsWith(HeapGauge + "{", StringComparison.Ordinal) || line.StartsWith(HeapGauge + " ", StringComparison.Ordinal))
            .Sum(line => (long)double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
        if (heap == 0)
        {
            throw new InvalidOperationException($"The host's /metrics has no {HeapGauge}.");
        }

        return new HostMemory(long.Parse(rss, CultureInfo.InvariantCulture) * 1024, heap);
    }

    /// <summary>
    /// CPU seconds the host process has used so far (user + system, fields 14 and 15 of <c>/proc/&lt;pid&gt;/stat</c>, in clock ticks of
    /// 1/100 s as on every Linux this runs on).
    /// </summary>
    public static async Task<double> CpuSecondsAsync(HostProcess host)
    {
        var stat = await File.ReadAllTextAsync($"/proc/{host.ProcessId}/stat").ConfigureAwait(false);

        // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    public static string Megabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024),7:F2} MB");
}
