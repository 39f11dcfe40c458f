using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// Drives <c>sip-dokter</c> applications from submission to the signed permit over HTTP with bearer tokens, each request of an
/// application going to the other host than the one before (a round-robin proxy): the applicant submits, then the demo user
/// of each open task's office and role decides it. Every command carries an <c>Idempotency-Key</c>, so the
/// <see cref="FailoverClient"/> may send it again to the other host when the first did not answer.
/// </summary>
internal sealed class PermitDriver(FailoverClient client)
{
    /// <summary>The route's decisions in order, as <see cref="DesignerHost.DecideAsync"/>'s callers make them.</summary>
    public static readonly (string Activity, string Outcome)[] Decisions =
    [
        ("check-completeness", "Lengkap"),
        ("verify-file", "Terverifikasi"),
        ("health-recommendation", "Rekomendasi"),
        ("sign-permit", "Tandatangani"),
    ];

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);
    private int _steps;

    /// <summary>Submissions and decisions answered so far, over all applications: what the test's faults are timed by.</summary>
    public int Steps => Volatile.Read(ref _steps);

    /// <summary>A bearer token of a demo user, asked for once from host <paramref name="slot"/> (or the other, if that is down).</summary>
    public Task<string> TokenAsync(string username, int slot = 0) => _tokens.GetOrAdd(username, async user =>
    {
        var answer = await client.SendAsync(slot, () => new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
        {
            Content = JsonContent.Create(new { username = user, password = DesignerHost.Password }),
        });
        Assert.True(answer.Status == HttpStatusCode.OK, $"token for {user}: {answer.Status} {answer.Text}");
        return (string)answer.Object["accessToken"]!;
    });

    /// <summary>Files application number <paramref name="index"/> and decides it to the permit; returns its id.</summary>
    public async Task<Guid> DriveAsync(int index)
    {
        var turn = index;
        int Next() => turn++ % 2;

        var submitted = await client.SendAsync(Next(), () => Command(
            "/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()), $"submit-{index}"));
        Assert.True(submitted.Status == HttpStatusCode.Created, $"application {index}: {submitted.Status} {submitted.Text}");
        var id = Guid.Parse((string)submitted.Object["id"]!);
        Interlocked.Increment(ref _steps);

        var admin = await TokenAsync("admin");
        foreach (var (activity, outcome) in Decisions)
        {
            var view = await client.SendAsync(Next(), () => new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}"), admin);
            Assert.True(view.Status == HttpStatusCode.OK, $"application {index}: {view.Status} {view.Text}");
            var task = view.Object["openTasks"]!.AsArray().Select(t => t!.AsObject())
                .SingleOrDefault(t => (string?)t["activityId"] == activity)
                ?? throw new Xunit.Sdk.XunitException($"application {index}: no open task '{activity}': {view.Text}");
            var user = $"{(string)task["office"]!}.{(string)task["role"]!}".ToLowerInvariant();
            var decided = await client.SendAsync(
                Next(),
                () => Command($"/api/tasks/{(string)task["id"]!}/complete", new { outcome, comment = $"{outcome} ({user})", fields = new JsonObject() },
                    $"decide-{id}-{activity}"),
                await TokenAsync(user));
            Assert.True(decided.Status == HttpStatusCode.OK, $"application {index}, {activity} → {outcome}: {decided.Status} {decided.Text}");
            Interlocked.Increment(ref _steps);
        }

        return id;
    }

    private static HttpRequestMessage Command(string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
