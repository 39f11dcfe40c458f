using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Anonymous submissions are limited per client address (here 3; 60 per 10 minutes shipped, for a kiosk in the MPP hall):
/// the JSON route, its <c>with-files</c> variant and the <c>/apply</c> form all answer 429 with <c>Retry-After</c> beyond it,
/// while other addresses and signed-in staff go on filing.
/// </summary>
public sealed class SubmissionRateLimitTests(LimitedHost host) : IClassFixture<LimitedHost>
{
    [Fact]
    public async Task AnonymousSubmissions_BeyondTheLimitOfAnAddress_Get429WithRetryAfter_OnEveryRoute()
    {
        var kiosk = host.NewClient();
        var submission = SampleData.Submission("sip-dokter", SampleData.Sip());
        for (var i = 0; i < LimitedHost.SubmissionsPerAddress; i++)
        {
            var filed = await kiosk.PostJsonAsync("/api/applications", submission);
            Assert.True(filed.Status == 201, $"{filed.Status}: {filed.Body}");
        }

        var refused = await kiosk.PostJsonAsync("/api/applications", submission);
        Assert.True(refused.Status == 429, $"{refused.Status}: {refused.Body}");
        Assert.StartsWith("application/problem+json", refused.Headers.ContentType.ToString(), StringComparison.Ordinal);
        Assert.Equal("Terlalu banyak permohonan", (string?)refused.Json["title"]);
        Assert.InRange(int.Parse(refused.Headers.RetryAfter.ToString(), CultureInfo.InvariantCulture), 1, 10 * 60);

        var withFiles = await kiosk.PostBytesAsync("/api/applications/with-files", "multipart/form-data; boundary=x", Encoding.ASCII.GetBytes("--x--\r\n"));
        Assert.Equal(429, withFiles.Status);
        Assert.NotEmpty(withFiles.Headers.RetryAfter.ToString());

        // The form: reading it is free, sending it is refused with a page in Indonesian (the visitor chose no language).
        Assert.Equal(200, (await kiosk.GetAsync("/apply/sip-dokter")).Status);
        var form = await kiosk.PostFormAsync("/apply/sip-dokter", new Dictionary<string, string> { ["_handler"] = "apply" });
        Assert.Equal(429, form.Status);
        Assert.StartsWith("text/html", form.Headers.ContentType.ToString(), StringComparison.Ordinal);
        Assert.Contains("Terlalu banyak permohonan dikirim dari alamat ini", form.Body, StringComparison.Ordinal);
        Assert.NotEmpty(form.Headers.RetryAfter.ToString());

        // Another address, and a front office filing for a walk-in from the limited one, are not held back.
        var elsewhere = await host.NewClient().PostJsonAsync("/api/applications", submission);
        Assert.Equal(201, elsewhere.Status);
        var staff = await kiosk.PostJsonAsync("/api/applications", submission, bearer: await host.TokenAsync("dpmptsp.frontoffice"));
        Assert.True(staff.Status == 201, $"{staff.Status}: {staff.Body}");
    }
}
