using System.Net;
using System.Net.Http.Json;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Standards;

public abstract partial class ServiceStandardTests
{
    [Fact]
    public async Task OldVersion_SaysItWasGeneratedFromThatVersionAndIsNoLongerInForce_NotFromTheRunningRoute()
    {
        using var analyst = await host.ClientAsync("analyst");
        var document = (await analyst.GetFromJsonAsync<JsonObject>("/api/definitions/sip-dokter-perpanjangan?version=published"))!;
        var old = (int)document["version"]!;
        // Read while in force first: a host keeps each signed standard, and must not keep handing out this one once replaced.
        using (var reader = host.CreateClient())
        {
            var whileInForce = await CheckPdfAsync(await reader.GetByteArrayAsync($"/api/standards/sip-dokter-perpanjangan/pdf?version={old}"));
            Assert.DoesNotContain("tidak berlaku lagi", whileInForce, StringComparison.Ordinal);
        }

        document["options"]!["requirements"]!.AsArray().Add(new JsonObject { ["name"] = "Surat keterangan sehat terbaru", ["bring"] = "asli" });
        using (var saved = await analyst.PutAsJsonAsync("/api/definitions/sip-dokter-perpanjangan/draft", document))
        {
            Assert.True((bool)(await Problems.ReadObjectAsync(saved))["valid"]!);
        }

        using (var published = await analyst.PostAsync("/api/definitions/sip-dokter-perpanjangan/publish", null))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        using var client = host.CreateClient();
        var current = await client.GetStringAsync("/standar/sip-dokter-perpanjangan");
        Assert.Contains("disusun otomatis dari alur layanan yang sedang berjalan", current, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/standar/sip-dokter-perpanjangan?version={old}");
        Assert.DoesNotContain("yang sedang berjalan", page, StringComparison.Ordinal);
        Assert.Matches($"disusun otomatis dari alur layanan versi {old}, yang berlaku dari [^<]+ sampai [^<]+ dan tidak berlaku lagi", page);
        Assert.Matches($"Versi {old}, berlaku dari [^<]+ sampai ", page);
        Assert.DoesNotContain($"Versi {old}, berlaku sejak", page, StringComparison.Ordinal);

        var oldPdf = await CheckPdfAsync(await client.GetByteArrayAsync($"/api/standards/sip-dokter-perpanjangan/pdf?version={old}"));
        Assert.DoesNotContain("alur layanan yang berjalan", oldPdf, StringComparison.Ordinal);
        Assert.Matches($@"Versi {old}, berlaku sejak \d+ \w+ \d{{4}} sampai \d+ \w+ \d{{4}}; tidak berlaku lagi", oldPdf);
        Assert.Contains($"alur layanan versi {old}, yang tidak berlaku lagi", oldPdf, StringComparison.Ordinal);
        var currentPdf = await CheckPdfAsync(await client.GetByteArrayAsync("/api/standards/sip-dokter-perpanjangan/pdf"));
        Assert.Contains("alur layanan yang berjalan", currentPdf, StringComparison.Ordinal);
        Assert.DoesNotContain("tidak berlaku lagi", currentPdf, StringComparison.Ordinal);
    }
}
