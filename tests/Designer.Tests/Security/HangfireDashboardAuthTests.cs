using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// <c>/hangfire</c> takes an admin's bearer token from <c>POST /api/auth/token</c> as the README says (scripts and monitoring),
/// besides the admin's cookie; other staff are refused and anonymous visitors are sent to the sign-in page.
/// </summary>
public sealed class HangfireDashboardAuthTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Dashboard_TakesAnAdminBearerToken_AsWellAsTheCookie_StaffGet403_AnonymousTheSignInPage()
    {
        var client = new AddressedClient(host.Server, AddressedClient.NewAddress());

        var admin = await client.GetAsync("/hangfire", bearer: await host.TokenAsync("admin"));
        var staff = await client.GetAsync("/hangfire", bearer: await host.TokenAsync("dinkes.reviewer"));
        var anonymous = await client.GetAsync("/hangfire");
        var browser = new AddressedClient(host.Server, AddressedClient.NewAddress());
        Assert.Equal(302, (await browser.SignInThroughFormAsync("admin", DesignerHost.Password)).Status);
        var cookie = await browser.GetAsync("/hangfire");

        Assert.True(admin.Status == 200, $"admin bearer: {admin.Status} {admin.Location}");
        Assert.Contains("Mpp.Workflows jobs", admin.Body, StringComparison.Ordinal);
        Assert.Equal(403, staff.Status);
        Assert.Equal(302, anonymous.Status);
        Assert.Contains("/login", anonymous.Location, StringComparison.Ordinal);
        Assert.Equal(200, cookie.Status);
    }

    [Fact]
    public async Task Dashboard_StatsWithoutAForm_IsA4xxProblem_NotA500()
    {
        var client = new AddressedClient(host.Server, AddressedClient.NewAddress());
        var bearer = await host.TokenAsync("admin");

        var get = await client.GetAsync("/hangfire/stats", bearer);
        var json = await client.PostJsonAsync("/hangfire/stats", new { metrics = new[] { "succeeded:count" } }, bearer);
        var retry = await client.PostJsonAsync("/hangfire/jobs/failed/requeue", new { jobs = new[] { "1" } }, bearer);

        Assert.Equal(405, get.Status);
        Assert.Equal(415, json.Status);
        Assert.Equal(415, retry.Status);
        Assert.Contains("application/problem+json", get.Headers.ContentType.ToString(), StringComparison.Ordinal);
    }
}
