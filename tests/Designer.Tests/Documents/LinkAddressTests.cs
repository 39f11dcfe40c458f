using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>
/// Without <c>PublicBaseUrl</c> the links in mails, receipts and QR codes name the address the host listens on. They named
/// the documented default port instead (the options were read before the server had its addresses), so a host started on
/// another port printed links into signed documents that led nowhere.
/// </summary>
public sealed class LinkAddressTests
{
    [Fact]
    public async Task WithoutPublicBaseUrl_TheReceiptMailLinksToTheAddressTheHostListensOn()
    {
        var data = Directory.CreateTempSubdirectory("mpp-links-").FullName;
        try
        {
            await using var host = await ChildHost.StartAsync(new TestHostBuilder(data).OnSqlite());
            using var client = host.CreateClient();
            using var response = await client.PostAsJsonAsync("/api/applications", SampleData.Submission("sip-dokter", SampleData.Sip()));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var number = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["registrationNumber"]!;

            var mails = Path.Combine(data, "mail");
            string? receipt = null;
            await Poll.UntilAsync(
                () => (receipt = Directory.Exists(mails)
                    ? Directory.EnumerateFiles(mails, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains(number, StringComparison.Ordinal))
                    : null) is not null,
                TimeSpan.FromSeconds(60), () => $"No receipt mail in {mails}.\n{host.Output}");

            Assert.Contains($"{host.Address.ToString().TrimEnd('/')}/track/{number}", receipt, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost:5080", receipt, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
