using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The staff pages on a 390 px phone: the inbox lists each task as a card (number as a link, service, step, due date in
/// view), the file page shows its route scaled to the width (not a blank box), and /admin keeps its tables inside their
/// cards; none is wider than the screen and axe-core finds nothing serious.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneStaffPagesTests(BrowserHost host)
{
    private const int Phone = 390;

    [Fact]
    public async Task Inbox_FilePage_AndAdmin_FitA390PxPhone()
    {
        var numbers = new List<string>();
        foreach (var name in new[] { "Pemohon Ponsel Satu", "Pemohon Ponsel Dua" })
        {
            var applicant = await host.NewPageAsync();
            await ApplicantJourneyTests.ApplyForSipAsync(applicant, name);
            numbers.Add(await applicant.GetByTestId("registration-number").InnerTextAsync());
        }

        var staff = await host.SignedInPageAsync("dpmptsp.frontoffice", Phone);
        await staff.GotoAsync("/inbox");
        // Measured once the page is interactive (the prerendered list is replaced then).
        await Assertions.Expect(staff.GetByTestId("inbox-filters")).ToHaveAttributeAsync("data-interactive", "true");
        var row = BrowserHost.InboxRow(staff, numbers[0]);
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(BrowserHost.InboxRow(staff, numbers[1])).ToHaveCountAsync(1);
        var link = row.GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveTextAsync(numbers[0]);
        await Assertions.Expect(row.GetByTestId("days-left")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(\d+|kurang dari 1) hari kerja$"));
        foreach (var cell in new[] { link, row.Locator("td[data-label='Layanan']"), row.Locator("td[data-label='Tugas']"), row.Locator("td[data-label='Batas waktu']"), row.GetByTestId("days-left") })
        {
            await cell.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(cell).ToBeInViewportAsync();
            var box = await cell.BoundingBoxAsync();
            Assert.True(box!.X >= 0 && box.X + box.Width <= Phone, $"A card's cell runs from {box.X} to {box.X + box.Width} px.");
        }

        await AssertFitsAsync(staff, "phone-staff-01-inbox");

        await link.ClickAsync();
        var route = staff.GetByTestId("route");
        await Assertions.Expect(route.Locator(".node.current")).ToHaveCountAsync(1);
        await Assertions.Expect(route.Locator("svg path").First).ToBeAttachedAsync();
        // Every step is drawn inside the box (the route is scaled to the width), none beyond its edge.
        var frame = (await route.BoundingBoxAsync())!;
        await Poll.UntilAsync(async () => await AllNodesInsideAsync(route, frame), TimeSpan.FromSeconds(15), () => Task.FromResult("the route's steps are not all inside its box"));
        await route.ScrollIntoViewIfNeededAsync();
        await AssertFitsAsync(staff, "phone-staff-02-file");

        var admin = await host.SignedInPageAsync("admin", Phone);
        await admin.GotoAsync("/admin");
        await Assertions.Expect(admin.GetByTestId("users")).ToContainTextAsync("dpmptsp.frontoffice");
        await Assertions.Expect(admin.GetByTestId("holidays")).ToBeVisibleAsync();
        await AssertFitsAsync(admin, "phone-staff-03-admin");
    }

    private static async Task<bool> AllNodesInsideAsync(ILocator route, LocatorBoundingBoxResult frame)
    {
        var nodes = await route.Locator(".node").AllAsync();
        if (nodes.Count == 0)
        {
            return false;
        }

        foreach (var node in nodes)
        {
            var box = await node.BoundingBoxAsync();
            if (box is null || box.X < frame.X - 1 || box.X + box.Width > frame.X + frame.Width + 1
                || box.Y < frame.Y - 1 || box.Y + box.Height > frame.Y + frame.Height + 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The page is no wider than the screen, and axe-core finds nothing serious or critical; a screenshot is kept.</summary>
    private static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        await BrowserHost.ScreenshotAsync(page, screenshot);
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var widest = size[0] <= size[1] ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => !e.parentElement.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1).slice(-5).map(e => e.tagName + '.' + e.className + '#' + (e.dataset.testid ?? '') + ':' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        Assert.True(size[0] <= size[1], $"{screenshot}: the page is {size[0]} px wide on a {size[1]} px screen ({widest}).");
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(serious.Count == 0, $"{screenshot}: " + string.Join("; ", serious));
    }
}
