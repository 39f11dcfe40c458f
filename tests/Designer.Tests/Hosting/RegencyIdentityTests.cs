using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>The regency's name, crest and favicon: the shipped Pemalang defaults, and a deployment's own from configuration.</summary>
public sealed class RegencyIdentityTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task ShippedDefaults_FaviconCrestAndNameAreServed()
    {
        using var client = host.CreateClient();

        using var favicon = await client.GetAsync("/favicon.ico");
        using var crest = await client.GetAsync("/regency/crest");
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal("image/x-icon", favicon.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0, 0, 1, 0], (await favicon.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.OK, crest.StatusCode);
        Assert.Equal("image/svg+xml", crest.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kabupaten Pemalang", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home, StringComparison.Ordinal);
        Assert.Contains("src=\"/regency/crest\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredIdentity_ReplacesTheDefaults()
    {
        var files = Directory.CreateTempSubdirectory("mpp-regency-").FullName;
        try
        {
            var crestPath = Path.Combine(files, "lambang.svg");
            var faviconPath = Path.Combine(files, "ikon.ico");
            await File.WriteAllTextAsync(crestPath, "<svg xmlns=\"http://www.w3.org/2000/svg\" data-custom=\"yes\"/>");
            await File.WriteAllBytesAsync(faviconPath, [0, 0, 1, 0, 9, 9, 9]);
            using var configured = host.WithWebHostBuilder(b => b
                .UseSetting("Regency:Name", "Kabupaten Contoh")
                .UseSetting("Regency:CrestPath", crestPath)
                .UseSetting("Regency:FaviconPath", faviconPath));
            using var client = configured.CreateClient();

            Assert.Contains("Kabupaten Contoh", await client.GetStringAsync("/"), StringComparison.Ordinal);
            Assert.Contains("data-custom=\"yes\"", await client.GetStringAsync("/regency/crest"), StringComparison.Ordinal);
            Assert.Equal([0, 0, 1, 0, 9, 9, 9], await client.GetByteArrayAsync("/favicon.ico"));
        }
        finally
        {
            Directory.Delete(files, recursive: true);
        }
    }
}
