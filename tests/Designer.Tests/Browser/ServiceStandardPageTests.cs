using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The public service standard page (<c>/standar/{service}</c>), reached from the home page: requirements, the route's
/// diagram with its numbered steps, completion time, fee, products and complaint channels, on a desktop and on a 390 px
/// phone without horizontal scroll or serious axe-core findings.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceStandardPageTests(BrowserHost host)
{
    [Fact]
    public async Task HomeLinksTheStandard_WhichShowsRequirementsDiagramStepsAndFee()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("a[href='/standar/sip-dokter']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/standar/sip-dokter$"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Surat Izin Praktik");
        await Assertions.Expect(page.GetByTestId("standard-requirements").Locator("li")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("standard-requirements")).ToContainTextAsync("Pas foto berwarna 4x6 cm");
        await Assertions.Expect(page.GetByTestId("standard-fee")).ToHaveTextAsync("Tidak dipungut biaya");
        await Assertions.Expect(page.GetByTestId("standard-completion")).ToContainTextAsync("10 hari kerja");
        // A wide screen fits the chart to the column: nothing to swipe, so no hint to.
        await Assertions.Expect(page.GetByTestId("standard-diagram-swipe")).ToBeHiddenAsync();

        // The diagram draws every step of the route, the main path's steps numbered as in the list under it.
        var diagram = page.GetByTestId("standard-diagram");
        await Assertions.Expect(diagram).ToBeVisibleAsync();
        await Assertions.Expect(diagram.Locator("g.node")).ToHaveCountAsync(14);
        await Assertions.Expect(diagram.Locator("g.node.main[data-activity='health-recommendation']")).ToContainTextAsync("3. Rekomendasi");
        await Assertions.Expect(diagram.Locator("g.node.other[data-activity='return-incomplete']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Bagan alur layanan Surat Izin Praktik" })).ToBeVisibleAsync();
        var steps = page.GetByTestId("standard-steps").Locator("li");
        await Assertions.Expect(steps).ToHaveCountAsync(6);
        await Assertions.Expect(steps.Nth(2)).ToContainTextAsync("Rekomendasi teknis Dinas Kesehatan — Dinas Kesehatan, 6 hari kerja");
        await Assertions.Expect(page.Locator("a[href='https://www.lapor.go.id']")).ToBeVisibleAsync();
        await BrowserHost.AssertFitsAsync(page, "standard-desktop");

        var phone = await host.NewPhonePageAsync();
        await phone.GotoAsync("/standar/PBG");
        await Assertions.Expect(phone.GetByTestId("standard-diagram")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("standard-steps")).ToContainTextAsync("bersamaan dengan cabang lain");
        await Assertions.Expect(phone.GetByTestId("standard-fee")).ToContainTextAsync("SKRD");
        await BrowserHost.AssertFitsAsync(phone, "standard-phone");
    }

    [Fact]
    public async Task StandardDiagram_OnA390PxPhone_KeepsItsTextReadable_InAFrameThatScrollsSideways_NotThePage()
    {
        var phone = await host.NewPhonePageAsync();
        await phone.GotoAsync("/standar/PBG");
        var frame = phone.GetByTestId("standard-diagram-scroll");
        await Assertions.Expect(frame).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("standard-diagram-swipe")).ToContainTextAsync("geser ke samping");

        // The drawing's 13 px text scaled to a 390 px column was a few pixels high.
        var textHeight = await phone.GetByTestId("standard-diagram").Locator("g.node tspan").First
            .EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        Assert.True(textHeight >= 11, $"the diagram's text is {textHeight} px high");
        var widths = await frame.EvaluateAsync<int[]>("f => [f.scrollWidth, f.clientWidth]");
        Assert.True(widths[0] > widths[1], $"the frame shows {widths[1]} of {widths[0]} px: nothing to scroll");
        var scrolled = await frame.EvaluateAsync<double>("f => { f.scrollLeft = f.scrollWidth; return f.scrollLeft; }");
        Assert.True(scrolled > 0, "the frame does not scroll sideways");
        await BrowserHost.AssertFitsAsync(phone, "standard-phone-diagram-scrolled");
    }
}
