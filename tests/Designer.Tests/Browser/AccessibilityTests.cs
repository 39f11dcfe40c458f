using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>axe-core on the applicant pages and the sign-in page: no critical violation, forms labelled.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHost host)
{
    [Fact]
    public async Task ApplicantPages_HaveNoCriticalAxeViolations()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await AssertNoCriticalAsync(page, "/");

        await page.GotoAsync("/apply/sip-dokter");
        await AssertNoCriticalAsync(page, "/apply");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await AssertNoCriticalAsync(page, "/apply with errors");

        var tracking = await ApplicantJourneyTests.ApplyForSipAsync(page, "Pemohon Aksesibel");
        await AssertNoCriticalAsync(page, "receipt");

        await page.GotoAsync(tracking);
        await AssertNoCriticalAsync(page, "/track");

        await page.GotoAsync("/login");
        await AssertNoCriticalAsync(page, "/login");
    }

    [Fact]
    public async Task ApplyForm_IsFilledWithTheKeyboardAlone()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/apply/sip-dokter");
        await page.GetByLabel("Nama pemohon").FocusAsync();
        await page.Keyboard.TypeAsync("Pemohon Papan Ketik");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("f-applicant-email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.GetByLabel("Nama pemohon")).ToHaveValueAsync("Pemohon Papan Ketik");
    }

    private static async Task AssertNoCriticalAsync(IPage page, string what)
    {
        AxeResult result = await page.RunAxe();
        var critical = result.Violations.Where(v => v.Impact == "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(critical.Count == 0, $"{what}: " + string.Join("; ", critical));
        Assert.DoesNotContain(result.Violations, v => v.Id == "label");
    }
}
