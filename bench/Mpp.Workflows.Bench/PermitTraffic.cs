using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Clients driving <c>sip-dokter</c> applications over HTTP with bearer tokens, as the tests' <c>PermitDriver</c> does but
/// without xunit and without failover: the applicant submits, then the demo user of each open task's office and role decides
/// it with the outcome that leads to the permit. Each client sends its requests round-robin over the hosts (with one host,
/// all to it). Every answer is counted by status; an application whose request is not answered 2xx is left where it stands
/// (and counted), never retried, so an error is seen rather than hidden.
/// </summary>
internal sealed class PermitTraffic(HttpClient http, IReadOnlyList<Uri> hosts, string runId)
{
    /// <summary>The outcome each <c>sip-dokter</c> decision takes on the way to the permit (as <c>PermitDriver.Decisions</c>).</summary>
    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.Ordinal)
    {
        ["check-completeness"] = "Lengkap",
        ["verify-file"] = "Terverifikasi",
        ["health-recommendation"] = "Rekomendasi",
        ["sign-permit"] = "Tandatangani",
    };

    /// <summary>More decisions than the route has: an application still open after these is reported, not driven forever.</summary>
    private const int MaxDecisions = 10;

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Guid> _finished = [];
    private long _transitions;
    private int _abandoned;

    /// <summary>Answers by status (<c>"200"</c>, <c>"no answer"</c> for a failed connection), over every request sent.</summary>
    public IReadOnlyDictionary<string, int> Statuses => _statuses;

    /// <summary>Applications whose last task was completed: the ones the end-of-run check reads.</summary>
    public IReadOnlyCollection<Guid> Finished => _finished;

    /// <summary>Applications left part-way because a request was not answered 2xx.</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    /// <summary>
    /// Runs <paramref name="clients"/> clients for <paramref name="warmUp"/> + <paramref name="window"/>; returns task
    /// completions answered 200 within the window, per second. A client finishes the application it is on when the time is
    /// up (uncounted), so that every application it started can be checked.
    /// </summary>
    public async Task<double> RunAsync(int clients, TimeSpan warmUp, TimeSpan window)
    {
        var clock = Stopwatch.StartNew();
        var end = warmUp + window;
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var turn = client;
            for (var n = 0; clock.Elapsed < end; n++)
            {
                await DriveAsync($"{runId}-{client}-{n}", () => turn++ % hosts.Count, () => clock.Elapsed is var t && t >= warmUp && t < end)
                    .ConfigureAwait(false);
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
        return Interlocked.Read(ref _transitions) / window.TotalSeconds;
    }

    private async Task DriveAsync(string key, Func<int> nextHost, Func<bool> inWindow)
    {
        var submitted = await SendAsync(nextHost(), HttpMethod.Post, "/api/applications", null, key,
            SampleData.Submission("sip-dokter", SampleData.Sip())).ConfigureAwait(false);
        if (submitted is null)
        {
            Interlocked.Increment(ref _abandoned);
            return;
        }

        var id = (string)submitted["id"]!;
        var admin = await TokenAsync("admin").ConfigureAwait(false);
        var view = await SendAsync(nextHost(), HttpMethod.Get, $"/api/applications/{id}", admin).ConfigureAwait(false);
        for (var decisions = 0; view is not null && view["openTasks"]!.AsArray().Count > 0 && decisions < MaxDecisions; decisions++)
        {
            var task = view["openTasks"]!.AsArray()[0]!.AsObject();
            var activity = (string)task["activityId"]!;
            var outcome = Outcomes.TryGetValue(activity, out var known) ? known
                : throw new InvalidOperationException($"sip-dokter has a task '{activity}' the bench does not know how to decide.");
            var user = $"{(string)task["office"]!}.{(string)task["role"]!}".ToLowerInvariant();
            view = await SendAsync(
                nextHost(),
                HttpMethod.Post,
                $"/api/tasks/{(string)task["id"]!}/complete",
                await TokenAsync(user).ConfigureAwait(false),
                $"{key}-{activity}",
                new { outcome, comment = $"{outcome} ({user})", fields = new JsonObject() }).ConfigureAwait(false);
            if (view is not null && inWindow())
            {
                Interlocked.Increment(ref _transitions);
            }
        }

        if (view is not null && view["openTasks"]!.AsArray().Count == 0)
        {
            _finished.Add(Guid.Parse(id));
        }
        else
        {
            Interlocked.Increment(ref _abandoned);
        }
    }

    /// <summary>A demo user's bearer token, asked for once from the first host; the hosts share their signing keys.</summary>
    private Task<string> TokenAsync(string username) => _tokens.GetOrAdd(username, async user =>
    {
        var answer = await SendAsync(0, HttpMethod.Post, "/api/auth/token", null, null, new { username = user, password = TestHostBuilder.DemoPassword })
            .ConfigureAwait(false);
        return (string?)answer?["accessToken"] ?? throw new InvalidOperationException($"No token for {user}: {Describe()}");
    });

    /// <summary>Sends one request to host <paramref name="slot"/>; returns the JSON object answered 2xx, or null.</summary>
    private async Task<JsonObject?> SendAsync(int slot, HttpMethod method, string path, string? bearer, string? idempotencyKey = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(hosts[slot], path));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            Count(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            return response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false)
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Count("no answer");
            return null;
        }
    }

    private void Count(string status) => _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    private string Describe() => string.Join(", ", _statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}"));
}
