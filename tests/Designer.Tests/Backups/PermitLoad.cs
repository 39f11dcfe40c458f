using System.Collections.Concurrent;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Backups;

/// <summary>
/// Traffic through a host's REST API until stopped: several workers each file SIP applications and take every one through
/// its four staff decisions (completeness, verification, health recommendation, signing), as the offices' demo users. Any
/// answer other than success is kept and fails the test that reads <see cref="Failures"/>.
/// </summary>
public sealed class PermitLoad : IAsyncDisposable
{
    private static readonly (string Activity, string User, string Outcome)[] Steps =
    [
        ("check-completeness", "dpmptsp.frontoffice", "Lengkap"),
        ("verify-file", "dpmptsp.reviewer", "Terverifikasi"),
        ("health-recommendation", "dinkes.reviewer", "Rekomendasi"),
        ("sign-permit", "dpmptsp.signer", "Tandatangani"),
    ];

    private readonly ChildHost _host;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly List<Task> _workers = [];
    private int _submitted;
    private int _decided;

    private PermitLoad(ChildHost host) => _host = host;

    /// <summary>Applications filed so far, with the tracking token each applicant was given.</summary>
    public ConcurrentDictionary<Guid, string> Applications { get; } = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public int Submitted => Volatile.Read(ref _submitted);

    public int Decided => Volatile.Read(ref _decided);

    public static async Task<PermitLoad> StartAsync(ChildHost host, int workers)
    {
        ArgumentNullException.ThrowIfNull(host);
        var load = new PermitLoad(host);
        foreach (var user in Steps.Select(s => s.User).Append("admin"))
        {
            load._clients[user] = await host.ClientAsync(user);
        }

        load._clients[""] = host.CreateClient();
        for (var i = 0; i < workers; i++)
        {
            load._workers.Add(Task.Run(load.RunAsync));
        }

        return load;
    }

    /// <summary>Stops filing and deciding; the requests under way finish.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await FileAndDecideAsync();
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or JsonException)
            {
                Failures.Enqueue(exception.Message);
            }
        }
    }

    private async Task FileAndDecideAsync()
    {
        using var submitted = await _clients[""].PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()));
        var body = await ReadAsync(submitted, "submit");
        var id = Guid.Parse((string)body["id"]!);
        Applications[id] = (string)body["trackingToken"]!;
        Interlocked.Increment(ref _submitted);

        var state = (await _clients["admin"].GetFromJsonAsync<JsonObject>($"/api/applications/{id}"))!;
        foreach (var (activity, user, outcome) in Steps)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            var task = state["openTasks"]!.AsArray().Select(t => t!.AsObject()).FirstOrDefault(t => (string)t["activityId"]! == activity)
                ?? throw new InvalidOperationException($"{id}: no open task {activity}; status {state["status"]}");
            using var completed = await _clients[user].PostAsJsonAsync(
                $"/api/tasks/{(string)task["id"]!}/complete", new { outcome, comment = $"{outcome} ({user})", fields = new JsonObject() });
            state = await ReadAsync(completed, activity);
            Interlocked.Increment(ref _decided);
        }
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }
}
