using System.Net;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// The public verification endpoints are limited per client address (<c>Verification:RequestsPerMinute</c>), so that
/// walking permit numbers is slow; here with a limit of 3 to reach it quickly. Storage plays no part: SQLite only.
/// </summary>
public sealed class VerificationRateLimitTests
{
    [Fact]
    public async Task Verify_BeyondTheLimitPerAddress_Is429WithRetryAfter_OnApiAndPage()
    {
        await using var host = new SqliteHost();
        host.Settings["Verification:RequestsPerMinute"] = "3";
        await ((IAsyncLifetime)host).InitializeAsync();
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync($"/api/verify/503/{i:D4}/SIP/DPMPTSP/2026");
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var api = await client.GetAsync("/api/verify/503/0004/SIP/DPMPTSP/2026");
        using var page = await client.GetAsync("/verify/503/0004/SIP/DPMPTSP/2026");
        using var health = await client.GetAsync("/api/definitions");

        await Problems.AssertProblemAsync(api, HttpStatusCode.TooManyRequests);
        Assert.True(api.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {api.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("Terlalu banyak permintaan", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, health.StatusCode);
    }
}
