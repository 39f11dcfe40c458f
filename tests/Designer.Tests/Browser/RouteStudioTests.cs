using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Engine.Reading;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// A route made in the studio without JSON: created blank from the route list, its settings, form, requirements and permit
/// filled in the settings panel, a step's id renamed, saved, and all of it there after a reload; a draft deleted.
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed class RouteStudioTests(BrowserHost host)
{
    [Fact]
    public async Task Analyst_CreatesARouteFromBlank_FillsItsSettings_RenamesAStep_AndAllIsKeptAfterAReload()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer");
        await page.GetByTestId("new-route").ClickAsync();
        await page.GetByLabel("Nama layanan").FillAsync("Izin Keramaian Studio");
        await Assertions.Expect(page.Locator("#nr-id")).ToHaveValueAsync("izin-keramaian-studio");
        await page.Locator("#nr-code").FillAsync("IKS");
        await BrowserHost.ScreenshotAsync(page, "40-new-route");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/designer/izin-keramaian-studio");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(canvas.Locator("[data-activity='periksa-kelengkapan-berkas']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();

        await page.GetByTestId("toggle-settings").ClickAsync();
        await SetAsync(page.Locator("#rs-description"), "Izin untuk acara yang mengundang keramaian.");
        await SetAsync(page.Locator("#rs-legal-basis"), "Perbup 12/2024 tentang Izin Keramaian\nUU 2/2002 tentang Kepolisian");
        await SetAsync(page.Locator("#rs-fee"), "50000");
        await SetAsync(page.Locator("#rs-sla"), "7");
        await SetAsync(page.Locator("#rs-statutory"), "5");
        await page.Locator("#rs-deadline").SelectOptionAsync("DeemApprove");
        await SetAsync(page.Locator("#rs-validity"), "1");

        // Two form fields: their keys come from the labels.
        await page.GetByTestId("add-field").ClickAsync();
        await SetAsync(page.Locator("#ff-3-label"), "Nama acara");
        await Assertions.Expect(page.Locator("#ff-3-key")).ToHaveValueAsync("namaAcara");
        await page.Locator("#ff-3-required").CheckAsync();
        await SetAsync(page.Locator("#ff-3-min"), "5");
        await SetAsync(page.Locator("#ff-3-help"), "Seperti tertulis pada undangan");
        await page.GetByTestId("add-field").ClickAsync();
        await SetAsync(page.Locator("#ff-4-label"), "Jenis acara");
        await page.Locator("#ff-4-kind").SelectOptionAsync("choice");
        await SetAsync(page.Locator("#ff-4-options"), "Pernikahan\nKonser");

        // A requirement brought to the counter, one uploaded into a new File field.
        await page.GetByTestId("add-requirement").ClickAsync();
        await SetAsync(page.Locator("#rq-0-name"), "Fotokopi KTP");
        await SetAsync(page.Locator("#rq-0-bring"), "1 lembar");
        await page.GetByTestId("add-requirement").ClickAsync();
        await SetAsync(page.Locator("#rq-1-name"), "Surat pengantar RT");
        await page.Locator("#rq-1-how").SelectOptionAsync("upload");
        await Assertions.Expect(page.Locator("#ff-5-key")).ToHaveValueAsync("unggahSuratPengantarRt");

        // The permit: its title and one printed line.
        await SetAsync(page.Locator("#pm-title"), "IZIN KERAMAIAN {jenisAcara}");
        await page.GetByTestId("add-permit-line").ClickAsync();
        await page.Locator("#pm-0-field").SelectOptionAsync("namaAcara");
        await SetAsync(page.Locator("#pm-0-label"), "Nama acara");

        // The step: its id follows a new name, refuses a taken id, then takes a typed one.
        await canvas.Locator("[data-activity='periksa-kelengkapan-berkas']").ClickAsync();
        await SetAsync(page.Locator("#prop-name"), "Verifikasi berkas");
        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("verifikasi-berkas");
        await SetAsync(page.Locator("#prop-id"), "mulai");
        await Assertions.Expect(page.GetByTestId("step-id-error")).ToContainTextAsync("sudah dipakai");
        await SetAsync(page.Locator("#prop-id"), "cek-berkas");
        await Assertions.Expect(canvas.Locator("[data-activity='cek-berkas']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(page, "41-route-settings");

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious));

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Draf versi 1 tersimpan.");

        await page.ReloadAsync();
        await Assertions.Expect(canvas.Locator("[data-activity='cek-berkas']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await page.GetByTestId("toggle-settings").ClickAsync();
        await Assertions.Expect(page.Locator("#rs-name")).ToHaveValueAsync("Izin Keramaian Studio");
        await Assertions.Expect(page.Locator("#rs-service-code")).ToHaveValueAsync("IKS");
        await Assertions.Expect(page.Locator("#rs-description")).ToHaveValueAsync("Izin untuk acara yang mengundang keramaian.");
        await Assertions.Expect(page.Locator("#rs-legal-basis")).ToHaveValueAsync("Perbup 12/2024 tentang Izin Keramaian\nUU 2/2002 tentang Kepolisian");
        await Assertions.Expect(page.Locator("#rs-fee")).ToHaveValueAsync("50000");
        await Assertions.Expect(page.Locator("#rs-statutory")).ToHaveValueAsync("5");
        await Assertions.Expect(page.Locator("#rs-deadline")).ToHaveValueAsync("DeemApprove");
        await Assertions.Expect(page.Locator("#ff-3-key")).ToHaveValueAsync("namaAcara");
        await Assertions.Expect(page.Locator("#ff-3-required")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#ff-3-min")).ToHaveValueAsync("5");
        await Assertions.Expect(page.Locator("#ff-4-options")).ToHaveValueAsync("Pernikahan\nKonser");
        await Assertions.Expect(page.Locator("#rq-0-bring")).ToHaveValueAsync("1 lembar");
        await Assertions.Expect(page.Locator("#rq-1-upload")).ToHaveValueAsync("unggahSuratPengantarRt");
        await Assertions.Expect(page.Locator("#pm-title")).ToHaveValueAsync("IZIN KERAMAIAN {jenisAcara}");
        await Assertions.Expect(page.Locator("#pm-0-label")).ToHaveValueAsync("Nama acara");

        var stored = await host.Services.GetRequiredService<IDefinitionReader>().GetAsync("izin-keramaian-studio", VersionSelector.Latest, CancellationToken.None);
        var document = JsonNode.Parse(stored!.Json)!;
        Assert.Equal(7, (int)document["options"]!["slaDays"]!);
        Assert.Equal(1, (int)document["options"]!["permitValidityYears"]!);
        Assert.Contains(document["root"]!["connections"]!.AsArray(), c => (string?)c!["source"]!["activity"] == "cek-berkas" && (string?)c["source"]!["port"] == "Setuju");
    }

    [Fact]
    public async Task UnknownRoute_OffersToCreateIt_AndItsDraftIsDeletedAfterConfirming()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/izin-hapus-studio");
        await Assertions.Expect(page.GetByTestId("route-missing")).ToContainTextAsync("belum ada");
        await page.GetByTestId("new-route").ClickAsync();
        await Assertions.Expect(page.Locator("#nr-id")).ToHaveValueAsync("izin-hapus-studio");
        await page.Locator("#nr-name").FillAsync("Izin Dihapus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("canvas").Locator("[data-activity='mulai']")).ToBeVisibleAsync();

        await page.GetByTestId("delete-draft").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-delete-draft")).ToContainTextAsync("seluruh rute akan hilang");
        await page.GetByTestId("confirm-delete-draft").GetByRole(AriaRole.Button, new() { Name = "Hapus draf" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/designer", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("definitions")).ToContainTextAsync("sip-dokter");
        await Assertions.Expect(page.GetByTestId("definitions")).Not.ToContainTextAsync("izin-hapus-studio");
        Assert.Null(await host.Services.GetRequiredService<IDefinitionReader>().GetAsync("izin-hapus-studio", VersionSelector.Latest, CancellationToken.None));
    }

    [Fact]
    public async Task JsonOfAnotherRoute_IsNotTakenOverByTheRouteOpen()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer/reklame");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "JSON", Exact = true }).ClickAsync();
        var text = page.Locator("#definition-json");
        var document = JsonNode.Parse(await text.InputValueAsync())!.AsObject();
        document["definitionId"] = "pbg";
        document["name"] = "Diimpor dari rute lain";
        await text.FillAsync(document.ToJsonString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".card .error")).ToContainTextAsync("milik rute \"pbg\"");
        await Assertions.Expect(page.Locator("h1")).Not.ToContainTextAsync("Diimpor dari rute lain");
    }

    private static async Task SetAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.BlurAsync();
    }
}
