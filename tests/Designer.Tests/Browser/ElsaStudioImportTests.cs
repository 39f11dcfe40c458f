using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Definitions;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// An Elsa Studio 3 export pasted into "new route from JSON": the studio draws every step, the two it does not know
/// (<c>Elsa.HttpEndpoint</c>, <c>Elsa.WriteLine</c>) as unknown steps with their connections, names each in an Indonesian
/// finding whose click selects it, and shows its panel in words rather than codes.
/// </summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed class ElsaStudioImportTests(BrowserHost host)
{
    [Fact]
    public async Task AnElsaStudioExport_IsImported_DrawnWithItsUnknownSteps_AndEachIsAFindingThatSelectsIt()
    {
        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer");
        await page.GetByTestId("new-route").ClickAsync();
        await page.Locator("input[name=new-route-source][value=json]").CheckAsync();
        await page.Locator("#nr-json").FillAsync(ElsaStudioImportApiTests.Export().ToJsonString());
        await page.Locator("#nr-json").BlurAsync();
        await page.Locator("#nr-name").FillAsync("Izin Keramaian dari Elsa");
        await page.Locator("#nr-id").FillAsync("keramaian-elsa");
        await page.Locator("#nr-code").FillAsync("IKE");
        await page.GetByTestId("new-route-form").Locator("button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/designer/keramaian-elsa");
        var canvas = page.GetByTestId("canvas");
        await Assertions.Expect(canvas.Locator("[data-activity]")).ToHaveCountAsync(7);
        await Assertions.Expect(canvas.Locator(".diagram-link")).ToHaveCountAsync(6);
        var writeLine = canvas.Locator("[data-activity='WriteLine1']");
        await Assertions.Expect(writeLine).ToHaveClassAsync(new Regex(@"\bunknown\b"));
        await Assertions.Expect(writeLine.Locator(".type")).ToHaveTextAsync("Tahap tidak dikenal (Elsa.WriteLine)");
        await Assertions.Expect(writeLine.Locator("[data-port='Done']")).ToBeVisibleAsync();

        var errors = page.GetByTestId("validation-errors");
        var finding = errors.GetByRole(AriaRole.Button, new()
        {
            Name = "Tahap «Catat di log» berjenis «Elsa.WriteLine» tidak dikenal produk ini; ganti atau hapus sebelum menerbitkan.",
        });
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(errors).ToContainTextAsync("Tahap «Terima lewat HTTP» berjenis «Elsa.HttpEndpoint» tidak dikenal produk ini");
        await Assertions.Expect(errors).Not.ToContainTextAsync("$.");

        await finding.ClickAsync();
        await Assertions.Expect(writeLine).ToHaveClassAsync(new Regex(@"\bselected\b"));
        var panel = page.GetByTestId("unknown-step-panel");
        await Assertions.Expect(panel).ToContainTextAsync("Tahap ini berasal dari alat lain");
        await Assertions.Expect(panel.GetByTestId("unknown-step-settings")).ToContainTextAsync("Text");
        await AssertAxeCleanAsync(page);
        await BrowserHost.ScreenshotAsync(page, "designer-elsa-import");

        // The task's panel shows the catalog's and the glossary's words, not the type or the role code.
        await canvas.Locator("[data-activity='periksa'] .label").ClickAsync();
        await Assertions.Expect(page.Locator(".panel .type")).ToHaveTextAsync("Tugas petugas");
        await Assertions.Expect(page.Locator("#prop-role option:checked")).ToHaveTextAsync("Petugas loket");
        await Assertions.Expect(page.GetByTestId("connections")).ToContainTextAsync("Setuju → Terbitkan izin");
    }

    private static async Task AssertAxeCleanAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("; ", serious));
    }
}
