using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Definitions;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The studio's migration page: an analyst pairs the renamed signature step by hand, reads the preview in Indonesian as counts
/// per step and reason (no registration number or applicant name: an analyst reads no application), moves the file, and its
/// history says so; the file at the removed health step stays, with its reason — which file that is, the admin sees.
/// </summary>
[Collection(MigrationBrowserCollection.Name)]
public sealed class MigrationPageTests(BrowserHost host)
{
    private static readonly Actor FrontOffice = new("dpmptsp.frontoffice", "DPMPTSP", [StaffRoles.FrontOffice]);
    private static readonly Actor Verifier = new("dpmptsp.reviewer", "DPMPTSP", [StaffRoles.Reviewer]);
    private static readonly Actor Health = new("dinkes.reviewer", "DINKES", [StaffRoles.Reviewer]);

    [Fact]
    public async Task Analyst_PairsTheRenamedStep_PreviewsAndMovesTheFile_InIndonesian_WithNoSeriousAxeFindings()
    {
        var atSignature = await FileAsync("Pemohon Tanda Tangan", "check-completeness", "verify-file", "health-recommendation");
        var atHealth = await FileAsync("Pemohon Rekomendasi", "check-completeness", "verify-file");
        await PublishVersionTwoAsync();

        var page = await host.SignedInPageAsync("analyst");
        await page.GotoAsync("/designer");
        await page.GetByTestId("migrations").GetByRole(AriaRole.Link, new() { Name = "Surat Izin Praktik", Exact = false }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/designer/sip-dokter/migrate", StringComparison.Ordinal));
        var blocked = page.GetByTestId("migration-blocked");
        await Assertions.Expect(blocked.Locator("tr[data-reason='NoCounterpart'][data-step='sign-permit']"))
            .ToContainTextAsync("Berkas menunggu di langkah \"Penandatanganan SIP\", yang tidak ada di versi 2 dan belum dipilihkan padanannya.");
        await Assertions.Expect(page.GetByTestId("files-hidden")).ToContainTextAsync("tanpa disebutkan");
        await AssertAnonymousAsync(page, atSignature, atHealth);
        await Assertions.Expect(page.GetByTestId("step-mapping").Locator("tr[data-step='sign-permit']")).ToContainTextAsync("tidak ada padanan");
        await AssertAxeAsync(page, "preview");
        await BrowserHost.ScreenshotAsync(page, "40-migration-preview");

        var counterpart = page.GetByLabel("Padanan langkah Penandatanganan SIP");
        await counterpart.FocusAsync();
        await counterpart.SelectOptionAsync(new SelectOptionValue { Label = "Penandatanganan izin" });
        var movable = page.GetByTestId("migration-moves").Locator("tr[data-from='sign-permit'][data-to='tandatangan-izin']");
        await Assertions.Expect(movable).ToContainTextAsync("Penandatanganan izin");
        await Assertions.Expect(page.GetByTestId("step-mapping").Locator("tr[data-step='sign-permit']")).ToContainTextAsync("dipilih sendiri");
        await Assertions.Expect(blocked.Locator("tr[data-step='health-recommendation']")).ToContainTextAsync("Rekomendasi teknis Dinas Kesehatan");

        // The page tells the analyst to check the preview: showing it again keeps the pairing chosen by hand.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan pratinjau" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("step-mapping").Locator("tr[data-step='sign-permit']")).ToContainTextAsync("dipilih sendiri");
        await Assertions.Expect(counterpart).ToHaveValueAsync("tandatangan-izin");
        await Assertions.Expect(movable).ToContainTextAsync("Penandatanganan izin");
        await Assertions.Expect(page.GetByTestId("migrate")).ToHaveTextAsync("Pindahkan 1 berkas");
        await page.GetByTestId("migrate").ClickAsync();

        await Assertions.Expect(page.GetByTestId("migration-result")).ToContainTextAsync("1 berkas dipindahkan ke versi 2.");
        await AssertAnonymousAsync(page, atSignature, atHealth);
        await AssertAxeAsync(page, "result");
        await BrowserHost.ScreenshotAsync(page, "41-migration-result");
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        Assert.Equal(2, (await store.GetInstanceAsync(atSignature.Id, CancellationToken.None))!.DefinitionVersion);
        Assert.Equal(1, (await store.GetInstanceAsync(atHealth.Id, CancellationToken.None))!.DefinitionVersion);

        var admin = await host.SignedInPageAsync("admin");
        await admin.GotoAsync("/designer/sip-dokter/migrate");
        await Assertions.Expect(admin.GetByTestId("blocked-files").Locator($"tr[data-file='{atHealth.RegistrationNumber}']"))
            .ToContainTextAsync("Pemohon Rekomendasi");
        await admin.GotoAsync($"/applications/{atSignature.Id}");
        await Assertions.Expect(admin.Locator("table", new() { HasText = "Dipindahkan ke versi alur yang lebih baru" })).ToBeVisibleAsync();
    }

    /// <summary>Files a SIP application and decides <paramref name="steps"/> with their first outcome, as their offices would.</summary>
    private async Task<SubmitResult> FileAsync(string applicant, params string[] steps)
    {
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var data = Hosting.SampleData.Sip();
        data["namaLengkap"] = applicant;
        var submitted = await runtime.SubmitAsync(
            new SubmitCommand("sip-dokter", new Applicant(applicant, "pemohon@example.org", "081234567890", Hosting.SampleData.Nik), data, null, Actor.Applicant),
            CancellationToken.None);
        foreach (var (step, outcome, actor) in steps.Select(s => s switch
        {
            "check-completeness" => (s, "Lengkap", FrontOffice),
            "verify-file" => (s, "Terverifikasi", Verifier),
            _ => (s, "Rekomendasi", Health),
        }))
        {
            var task = (await runtime.GetApplicationAsync(submitted.Id, CancellationToken.None))!.OpenTasks.Single(t => t.ActivityId == step);
            await runtime.CompleteTaskAsync(task.Id, new CompleteTaskCommand(outcome, "ok", null), actor, CancellationToken.None);
        }

        return submitted;
    }

    private async Task PublishVersionTwoAsync()
    {
        var store = host.Services.GetRequiredService<IWorkflowStore>();
        var route = JsonNode.Parse((await store.GetDefinitionAsync("sip-dokter", VersionSelector.Exact(1), CancellationToken.None))!.Json)!.AsObject();
        MigrationRoutes.RenameAndRemove(route);
        route["version"] = 2;
        var draft = await store.SaveDraftAsync("sip-dokter", (string)route["name"]!, route.ToJsonString(), DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(2, draft.Version);
        Assert.NotNull(await store.PublishAsync("sip-dokter", draft.Version, route.ToJsonString(), DateTimeOffset.UtcNow, CancellationToken.None));
    }

    /// <summary>The page names none of the files: no registration number, applicant or id.</summary>
    private static async Task AssertAnonymousAsync(IPage page, params SubmitResult[] files)
    {
        var html = await page.ContentAsync();
        foreach (var file in files)
        {
            Assert.DoesNotContain(file.RegistrationNumber, html, StringComparison.Ordinal);
            Assert.DoesNotContain(file.Id.ToString(), html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Pemohon Tanda Tangan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pemohon Rekomendasi", html, StringComparison.Ordinal);
        Assert.Empty(await page.Locator("[data-testid=movable-files], [data-testid=blocked-files]").AllAsync());
    }

    private static async Task AssertAxeAsync(IPage page, string what)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious));
    }
}

/// <summary>The migration page test publishes a new version of SIP, so it gets a host of its own and runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MigrationBrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser migration";
}
