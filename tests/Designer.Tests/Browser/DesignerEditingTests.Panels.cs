using Microsoft.Playwright;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>The studio's panels and ports follow the step being edited: what an edit shows is the step's own, drawn at once.</summary>
public sealed partial class DesignerEditingTests
{
    /// <summary>
    /// Renaming a step's outcomes redraws its ports, and every connection is drawn from the port it leaves by — at once, not
    /// after a reload — including connections made to the new ports.
    /// </summary>
    [Fact]
    public async Task RenamedOutcomes_AreDrawnAtOnce_EachConnectionFromItsOwnPort()
    {
        var page = await OpenAsync("edit-ports", 5);
        var links = page.Locator("[data-testid=canvas] .diagram-link");
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await page.Locator("[data-activity='task-1'] .label").ClickAsync();
        await page.Locator("#prop-outcomes").FillAsync("Setuju\nTolak");
        await page.Locator("#prop-outcomes").BlurAsync();
        await Assertions.Expect(page.Locator("[data-activity='task-1'] [data-port='Tolak']")).ToBeVisibleAsync();

        var connect = page.GetByRole(AriaRole.Region, new() { Name = "Sambungkan dengan papan ketik" });
        foreach (var (outcome, target) in new[] { ("Setuju", "Langkah 2"), ("Tolak", "Langkah 3") })
        {
            await connect.GetByLabel("Hasil").SelectOptionAsync(new SelectOptionValue { Label = outcome });
            await connect.GetByLabel("Ke langkah").SelectOptionAsync(new SelectOptionValue { Label = target });
            await connect.GetByRole(AriaRole.Button, new() { Name = "Sambungkan", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("announcer")).ToContainTextAsync($"disambungkan ke {target}");
        }

        await Assertions.Expect(links).ToHaveCountAsync(6);
        string[] strays = [];
        await Poll.UntilAsync(
            async () => (strays = await page.EvaluateAsync<string[]>(LinksAwayFromTheirPorts)).Length == 0,
            TimeSpan.FromSeconds(10),
            () => Task.FromResult($"connections drawn away from every port: {string.Join("; ", strays)}"));
        var tolak = await page.EvaluateAsync<int>(LinksFromPort, "[data-activity='task-1'] [data-port='Tolak'] .port");
        Assert.Equal(1, tolak);
        await BrowserHost.ScreenshotAsync(page, "25-designer-renamed-outcomes");
    }

    /// <summary>An outcome renamed in place keeps its connection, drawn from the renamed port.</summary>
    [Fact]
    public async Task AnOutcomeRenamedInPlace_KeepsItsConnection()
    {
        var page = await OpenAsync("edit-rename-outcome", 5);
        var links = page.Locator("[data-testid=canvas] .diagram-link");
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await page.Locator("[data-activity='task-1'] .label").ClickAsync();
        await page.Locator("#prop-outcomes").FillAsync("Berkas lengkap");
        await page.Locator("#prop-outcomes").BlurAsync();

        await Assertions.Expect(page.Locator("[data-activity='task-1'] [data-port='Berkas lengkap']")).ToBeVisibleAsync();
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("connections")).ToContainTextAsync("Berkas lengkap → Langkah 2");
        await Assertions.Expect(page.GetByTestId("no-errors")).ToBeVisibleAsync();
        var fromPort = 0;
        await Poll.UntilAsync(
            async () => (fromPort = await page.EvaluateAsync<int>(LinksFromPort, "[data-activity='task-1'] [data-port='Berkas lengkap'] .port")) == 1,
            TimeSpan.FromSeconds(10),
            () => Task.FromResult($"{fromPort} connections drawn from the renamed port"));
    }

    /// <summary>What a task does at its deadline is chosen from a list in words — escalate, or one of its own outcomes.</summary>
    [Fact]
    public async Task TheDeadlineAction_IsChosenFromTheTasksOwnOutcomes()
    {
        var page = await OpenAsync("edit-deadline", 4);
        await page.Locator("[data-activity='task-1'] .label").ClickAsync();
        var action = page.Locator("#prop-onDeadline");
        await Assertions.Expect(action.Locator("option")).ToHaveTextAsync(
            ["— tidak ada tindakan (tugas tetap terbuka) —", "Eskalasi: atasan ikut melihat tugas", "Putuskan otomatis «Lanjut»"]);
        await action.SelectOptionAsync(new SelectOptionValue { Label = "Putuskan otomatis «Lanjut»" });

        await page.Locator("[data-activity='task-2'] .label").ClickAsync();
        await page.Locator("[data-activity='task-1'] .label").ClickAsync();
        await Assertions.Expect(action).ToHaveValueAsync("Lanjut");
    }

    /// <summary>The start of each drawn connection that is more than 12 px from every port (as "x,y").</summary>
    private const string LinksAwayFromTheirPorts = """
        () => {
          const ports = [...document.querySelectorAll('[data-testid=canvas] .out-port .port, [data-testid=canvas] .port-row.out .port')]
            .map(p => p.getBoundingClientRect());
          const starts = [...document.querySelectorAll('[data-testid=canvas] .diagram-link path')].filter(p => p.getTotalLength() > 0)
            .map(p => { const a = p.getPointAtLength(0), m = p.getScreenCTM(); return { x: a.x * m.a + a.y * m.c + m.e, y: a.x * m.b + a.y * m.d + m.f }; });
          const near = (s, r) => Math.hypot(Math.max(r.left - s.x, 0, s.x - r.right), Math.max(r.top - s.y, 0, s.y - r.bottom)) <= 12;
          return starts.filter(s => !ports.some(r => near(s, r))).map(s => `${Math.round(s.x)},${Math.round(s.y)}`);
        }
        """;

    /// <summary>How many drawn connections start within 12 px of the port the selector finds.</summary>
    private const string LinksFromPort = """
        selector => {
          const r = document.querySelector(selector).getBoundingClientRect();
          return [...document.querySelectorAll('[data-testid=canvas] .diagram-link')].filter(link => {
            const p = link.querySelector('path'); if (!p || p.getTotalLength() === 0) return false;
            const a = p.getPointAtLength(0), m = p.getScreenCTM(), x = a.x * m.a + a.y * m.c + m.e, y = a.x * m.b + a.y * m.d + m.f;
            return Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)) <= 12;
          }).length;
        }
        """;

    /// <summary>A step added while another is selected shows its own (empty) settings, not the other step's.</summary>
    [Fact]
    public async Task AStepAddedWhileAnotherIsSelected_ShowsItsOwnSettings()
    {
        var page = await OpenAsync("edit-new-panel", 4);
        await page.Locator("[data-activity='task-2'] .label").ClickAsync();
        await Assertions.Expect(page.Locator("#prop-office")).ToHaveValueAsync("DPMPTSP");
        await Assertions.Expect(page.Locator("#prop-outcomes")).ToHaveValueAsync("Lanjut");
        await page.Locator("#prop-office").SelectOptionAsync("SATPOLPP");
        await page.Locator("#prop-outcomes").FillAsync("Direkomendasikan\nTolak");
        await page.Locator("#prop-outcomes").BlurAsync();
        await Assertions.Expect(page.Locator("[data-activity='task-2'] [data-port='Tolak']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Complementary, new() { Name = "Palet" }).GetByRole(AriaRole.Button, new() { Name = "Tugas petugas", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#prop-id")).ToHaveValueAsync("tugas-petugas");
        await Assertions.Expect(page.Locator("#prop-office")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#prop-role")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#prop-outcomes")).ToHaveValueAsync(string.Empty);
    }

    /// <summary>A step added from the palette is named, and its kind shown, by the palette item's own name: one word per kind.</summary>
    [Fact]
    public async Task AStepFromThePalette_IsNamedAndShownAsThePaletteItem()
    {
        var page = await OpenAsync("edit-palette-names", 2);
        var palette = page.GetByRole(AriaRole.Complementary, new() { Name = "Palet" });
        await palette.GetByRole(AriaRole.Button, new() { Name = "Keputusan ya/tidak", Exact = true }).ClickAsync();
        await palette.GetByRole(AriaRole.Button, new() { Name = "Percabangan", Exact = true }).ClickAsync();

        var decision = page.Locator("[data-testid=canvas] [data-activity]:has([data-type='Elsa.FlowDecision'])");
        await Assertions.Expect(decision.Locator(".label")).ToHaveTextAsync("Keputusan ya/tidak");
        await Assertions.Expect(decision.Locator(".type")).ToHaveTextAsync("Keputusan ya/tidak");
        var branching = page.Locator("[data-testid=canvas] [data-activity]:has([data-type='Elsa.FlowSwitch'])");
        await Assertions.Expect(branching.Locator(".label")).ToHaveTextAsync("Percabangan");
        await Assertions.Expect(branching.Locator(".type")).ToHaveTextAsync("Percabangan");
        await Assertions.Expect(page.Locator("[data-testid=canvas] .type", new() { HasText = "Percabangan" })).ToHaveCountAsync(1);
    }

    /// <summary>
    /// A route never published offers no comparison (its heading says why), and its first publish dialog says what publishing
    /// does without speaking of changes against a published version; afterwards comparing is offered, moving files not yet.
    /// </summary>
    [Fact]
    public async Task ANeverPublishedRoute_OffersNoComparison_AndItsFirstPublishSaysWhatPublishingDoes()
    {
        var page = await OpenAsync("edit-first-publish", 3);
        var compare = page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan dengan versi terbit" });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "belum pernah diterbitkan" })).ToBeVisibleAsync();
        await Assertions.Expect(compare).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Terbitkan versi 1?" });
        await Assertions.Expect(dialog.GetByTestId("first-publication")).ToContainTextAsync("permohonan baru akan mengikuti versi ini");
        await Assertions.Expect(dialog).Not.ToContainTextAsync("Periksa perubahannya");
        await Assertions.Expect(dialog.GetByTestId("files-stay")).ToHaveCountAsync(0);
        await AssertAxeCleanAsync(page, "first publish dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, terbitkan" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("designer-message")).ToHaveTextAsync("Versi 1 diterbitkan.");
        await Assertions.Expect(compare).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("migrate-link")).ToHaveCountAsync(0);
    }
}
