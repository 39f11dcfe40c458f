using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// The cluster test's client, doing what a reverse proxy in front of the hosts does: a request goes to the host it is meant
/// for; when that host does not answer (killed: connection refused or cut) or answers 503, the same request — commands carry
/// an <c>Idempotency-Key</c>, so sending one again is safe — goes to the other host, and round again after a short back-off
/// until one answers. Every answer and every failed attempt is counted by status, for the test's table.
/// </summary>
internal sealed class FailoverClient : IDisposable
{
    /// <summary>How long one request may take, retries included, before the test fails.</summary>
    private static readonly TimeSpan RequestDeadline = TimeSpan.FromSeconds(90);

    /// <summary>The longest back-off between rounds, whatever <c>Retry-After</c> says (the test's clock is short).</summary>
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(1);

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        UseCookies = false,
        AllowAutoRedirect = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly Uri[] _hosts;
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);

    public FailoverClient(params Uri[] hosts) => _hosts = hosts;

    /// <summary>How many answers (and failed attempts: "no answer") each status had, e.g. <c>200 → 412</c>.</summary>
    public IReadOnlyDictionary<string, int> Statuses => _statuses;

    /// <summary>Points <paramref name="slot"/> at a host's new address (a host started again listens elsewhere).</summary>
    public void Replace(int slot, Uri address) => Volatile.Write(ref _hosts[slot], address);

    /// <summary>
    /// Sends the request that <paramref name="create"/> makes to host <paramref name="slot"/>, failing over as described above.
    /// Returns the first answer that is neither 503 nor 5xx, with its body parsed (null when empty or not JSON).
    /// </summary>
    public async Task<Answer> SendAsync(int slot, Func<HttpRequestMessage> create, string? bearer = null)
    {
        var deadline = DateTime.UtcNow + RequestDeadline;
        var attempts = new List<string>();
        for (var attempt = 0; ; attempt++)
        {
            var target = (slot + attempt) % _hosts.Length;
            using var request = create();
            request.RequestUri = new Uri(Volatile.Read(ref _hosts[target]), request.RequestUri!);
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            TimeSpan? retryAfter = null;
            try
            {
                using var response = await _http.SendAsync(request);
                var status = (int)response.StatusCode;
                Count(status.ToString(CultureInfo.InvariantCulture));
                var text = await response.Content.ReadAsStringAsync();
                if (status < 500)
                {
                    return new Answer(response.StatusCode, Parse(text), text);
                }

                // 503 is the host's "not now"; a 500 is a failure the test reports, but the run goes on so the table is whole.
                retryAfter = response.Headers.RetryAfter?.Delta;
                attempts.Add($"{request.RequestUri} → {status} {text}");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or SocketException)
            {
                Count("no answer");
                attempts.Add($"{request.RequestUri} → {exception.GetType().Name}: {exception.Message}");
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No host answered within {RequestDeadline.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, attempts.TakeLast(10))}");
            }

            // Both hosts were tried: back off before the next round (a client's politeness, not a wait for a condition).
            if (attempt % _hosts.Length == _hosts.Length - 1)
            {
                var delay = retryAfter is { } asked && asked < MaxBackOff ? asked : MaxBackOff;
                await Task.Delay(delay);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private void Count(string status) => _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A host's answer: status, parsed JSON body (or null) and the raw text for failure messages.</summary>
    public sealed record Answer(HttpStatusCode Status, JsonNode? Json, string Text)
    {
        public JsonObject Object => Json as JsonObject ?? throw new Xunit.Sdk.XunitException($"{Status}: not a JSON object: {Text}");
    }
}
