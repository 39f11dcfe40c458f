using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Simulated people using one host over loopback, each a loop with a think time of 0.5–2.5 s (uniform) before every request:
/// <list type="bullet">
/// <item>applicants (no login) submit a <c>sip-dokter</c> application, follow it on the tracking route four times, then
/// download its receipt PDF, and start again;</item>
/// <item>staff, signed in once with a demo account's bearer token (the four desks of <c>sip-dokter</c> in turn), list their
/// office's open tasks, open the application of the first task that is theirs, claim it and complete it with the outcome
/// that leads to the permit; colleagues on one desk share its account, so each takes only the tasks whose id hashes to
/// its own seat and two never race for one task;</item>
/// <item>monitors ask for <c>/health</c> with the same think time: the baseline of a request that does no work.</item>
/// </list>
/// The users start one after another, in random order, over the first half of the warm-up. Every request is timed until
/// its body is read. Nothing is retried: an error is recorded and the loop goes on.
/// </summary>
internal sealed class HttpTraffic(HttpClient http, Uri host, RouteLatencies record)
{
    private const int TracksPerApplication = 4;

    private static readonly TimeSpan ThinkMin = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ThinkMax = TimeSpan.FromMilliseconds(2500);

    /// <summary>The desks of <c>sip-dokter</c>: the demo account, its step and the outcome that leads to the permit.</summary>
    private static readonly (string User, string Activity, string Outcome)[] Desks =
    [
        ("dpmptsp.frontoffice", "check-completeness", "Lengkap"),
        ("dpmptsp.reviewer", "verify-file", "Terverifikasi"),
        ("dinkes.reviewer", "health-recommendation", "Rekomendasi"),
        ("dpmptsp.signer", "sign-permit", "Tandatangani"),
    ];

    private readonly Stopwatch _clock = new();
    private TimeSpan _warmUp;
    private TimeSpan _end;
    private long _submitted;
    private long _decided;
    private long _receipts;

    /// <summary>Time since the traffic started; runs from the call to <see cref="RunAsync"/>.</summary>
    public Stopwatch Clock => _clock;

    public long Submitted => Interlocked.Read(ref _submitted);

    public long Decided => Interlocked.Read(ref _decided);

    public long Receipts => Interlocked.Read(ref _receipts);

    /// <summary>How the users are split: one in twenty a monitor (at least one), two in five staff (at least one per desk).</summary>
    public static (int Applicants, int Staff, int Monitors) Split(int users)
    {
        var monitors = Math.Max(1, users / 20);
        var staff = Math.Max(Desks.Length, users * 2 / 5);
        return (users - staff - monitors, staff, monitors);
    }

    /// <summary>Runs every user for <paramref name="warmUp"/> + <paramref name="window"/>; latencies count inside the window only.</summary>
    public async Task RunAsync(int users, TimeSpan warmUp, TimeSpan window)
    {
        var (applicants, staff, monitors) = Split(users);
        _warmUp = warmUp;
        _end = warmUp + window;
        _clock.Start();
        var loops = new List<Func<Task>>();
        loops.AddRange(Enumerable.Range(0, applicants).Select(n => (Func<Task>)(() => ApplicantAsync(n))));
        loops.AddRange(Enumerable.Range(0, staff).Select(n => (Func<Task>)(() => StaffAsync(Desks[n % Desks.Length], n / Desks.Length, SeatsOf(n, staff)))));
        loops.AddRange(Enumerable.Range(0, monitors).Select(_ => (Func<Task>)MonitorAsync));

        // People arrive over the first half of the warm-up, interleaved by kind, rather than all in the same instant.
        var ramp = warmUp / 2;
        await Task.WhenAll(loops.OrderBy(_ => Random.Shared.Next()).Select((loop, n) => Task.Run(async () =>
        {
            await Task.Delay(ramp * n / loops.Count).ConfigureAwait(false);
            await loop().ConfigureAwait(false);
        }))).ConfigureAwait(false);
    }

    private static int SeatsOf(int staffIndex, int staff) => (staff / Desks.Length) + (staffIndex % Desks.Length < staff % Desks.Length ? 1 : 0);

    private bool Running => _clock.Elapsed < _end;

    private async Task ApplicantAsync(int applicant)
    {
        for (var n = 0; Running; n++)
        {
            await ThinkAsync().ConfigureAwait(false);
            var submitted = await SendAsync("POST /api/applications", HttpMethod.Post, "/api/applications", null, $"applicant-{applicant}-{n}-{Guid.NewGuid():N}",
                SampleData.Submission("sip-dokter", SampleData.Sip())).ConfigureAwait(false);
            if (submitted is null)
            {
                continue;
            }

            Interlocked.Increment(ref _submitted);
            var number = Uri.EscapeDataString((string)submitted["registrationNumber"]!);
            var token = Uri.EscapeDataString((string)submitted["trackingToken"]!);
            for (var i = 0; i < TracksPerApplication && Running; i++)
            {
                await ThinkAsync().ConfigureAwait(false);
                await SendAsync("GET /api/track/{registrationNumber}", HttpMethod.Get, $"/api/track/{number}?token={token}", null).ConfigureAwait(false);
            }

            if (Running)
            {
                await ThinkAsync().ConfigureAwait(false);
                if (await SendAsync("GET /api/track/{registrationNumber}/receipt", HttpMethod.Get, $"/api/track/{number}/receipt?token={token}", null, json: false)
                    .ConfigureAwait(false) is not null)
                {
                    Interlocked.Increment(ref _receipts);
                }
            }
        }
    }

    private async Task StaffAsync((string User, string Activity, string Outcome) desk, int seat, int seats)
    {
        var signedIn = await SendAsync("POST /api/auth/token", HttpMethod.Post, "/api/auth/token", null, null,
            new { username = desk.User, password = TestHostBuilder.DemoPassword }).ConfigureAwait(false);
        if ((string?)signedIn?["accessToken"] is not { } bearer)
        {
            return;
        }

        while (Running)
        {
            await ThinkAsync().ConfigureAwait(false);
            var inbox = await SendAsync("GET /api/tasks", HttpMethod.Get, "/api/tasks?scope=office&status=open", bearer).ConfigureAwait(false);
            var task = inbox?.AsArray().Select(t => t!.AsObject())
                .FirstOrDefault(t => (string)t["activityId"]! == desk.Activity && (uint)Guid.Parse((string)t["id"]!).GetHashCode() % seats == seat);
            if (task is null)
            {
                continue;
            }

            var id = (string)task["id"]!;
            await ThinkAsync().ConfigureAwait(false);
            if (await SendAsync("GET /api/applications/{id}", HttpMethod.Get, $"/api/applications/{(string)task["applicationId"]!}", bearer).ConfigureAwait(false) is null
                || await SendAsync("POST /api/tasks/{id}/claim", HttpMethod.Post, $"/api/tasks/{id}/claim", bearer).ConfigureAwait(false) is null)
            {
                continue;
            }

            await ThinkAsync().ConfigureAwait(false);
            if (await SendAsync("POST /api/tasks/{id}/complete", HttpMethod.Post, $"/api/tasks/{id}/complete", bearer, $"complete-{id}",
                new { outcome = desk.Outcome, comment = $"{desk.Outcome} ({desk.User})", fields = new JsonObject() }).ConfigureAwait(false) is not null)
            {
                Interlocked.Increment(ref _decided);
            }
        }
    }

    private async Task MonitorAsync()
    {
        while (Running)
        {
            await ThinkAsync().ConfigureAwait(false);
            await SendAsync("GET /health", HttpMethod.Get, "/health", null, json: false).ConfigureAwait(false);
        }
    }

    private static Task ThinkAsync() => Task.Delay(ThinkMin + ((ThinkMax - ThinkMin) * Random.Shared.NextDouble()));

    /// <summary>
    /// Sends one request and reads its whole answer; returns the JSON answered 2xx (an empty object for a non-JSON body), or
    /// null after recording the error.
    /// </summary>
    private async Task<JsonNode?> SendAsync(
        string route, HttpMethod method, string path, string? bearer, string? idempotencyKey = null, object? body = null, bool json = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(host, path));
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

        var started = _clock.Elapsed;
        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            var content = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var finished = _clock.Elapsed;
            if (!response.IsSuccessStatusCode)
            {
                record.RecordError(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), route);
                return null;
            }

            record.Record(route, (finished - started).TotalMilliseconds, finished.TotalSeconds, finished >= _warmUp && finished < _end);
            return json ? JsonNode.Parse(content) : new JsonObject();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            record.RecordError(RouteLatencies.NoAnswer, route);
            return null;
        }
    }
}
