using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Bench;

/// <summary>
/// What an open staff page costs the host: <c>N</c> headless Chromium contexts (each its own cookies, so its own sign-in and
/// its own Blazor circuit) sign in at <c>/login</c> as the <c>sip-dokter</c> desks in turn and open <c>/inbox</c>, which
/// becomes interactive and then polls the store every 3 s. One page is opened and closed before anything is read. The host's memory is read on the quiet host before the first
/// page, once every page is interactive, and after the pages have stayed open and polled for <see cref="Hold"/>; the
/// figure per circuit is the difference to the first reading divided by <c>N</c>. Chromium is the machine's
/// (<c>MPP_CHROMIUM</c> or <c>/usr/bin/chromium</c>), as in the browser tests.
/// </summary>
internal static class CircuitMemory
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    private static readonly string[] Accounts = ["dpmptsp.frontoffice", "dpmptsp.reviewer", "dinkes.reviewer", "dpmptsp.signer"];
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    public static async Task RunAsync(HttpClient http, HostProcess host, string adminBearer, int circuits)
    {
        var chromium = Environment.GetEnvironmentVariable("MPP_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"No Chromium at {chromium}. Install it (apt-get install -y chromium) or set MPP_CHROMIUM.");
        }

        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        }).ConfigureAwait(false);

        // One page opened and closed first, so that what the first circuit compiles and caches is not counted per circuit.
        var first = await OpenInboxAsync(browser, host.Address, Accounts[0]).ConfigureAwait(false);
        await first.Context.CloseAsync().ConfigureAwait(false);
        await Task.Delay(Quiet).ConfigureAwait(false);
        var before = await HostMemory.SampleAsync(http, host, adminBearer).ConfigureAwait(false);
        Print("before any page", before, before, circuits);

        var pages = new List<IPage>();
        for (var n = 0; n < circuits; n++)
        {
            pages.Add(await OpenInboxAsync(browser, host.Address, Accounts[n % Accounts.Length]).ConfigureAwait(false));
        }

        var rows = await pages[0].Locator("[data-testid=inbox] tbody tr").CountAsync().ConfigureAwait(false);
        Console.WriteLine($"circuits: {circuits} /inbox pages interactive (the first shows {rows} task rows); holding them open {Hold.TotalSeconds:F0} s while they poll");
        var open = await HostMemory.SampleAsync(http, host, adminBearer).ConfigureAwait(false);
        Print("all pages interactive", before, open, circuits);

        await Task.Delay(Hold).ConfigureAwait(false);
        var held = await HostMemory.SampleAsync(http, host, adminBearer).ConfigureAwait(false);
        Print($"after {Hold.TotalSeconds:F0} s of polling", before, held, circuits);

        foreach (var page in pages)
        {
            await page.Context.CloseAsync().ConfigureAwait(false);
        }
    }

    private static async Task<IPage> OpenInboxAsync(IBrowser browser, Uri address, string username)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString().TrimEnd('/'),
            Locale = "id-ID",
        }).ConfigureAwait(false);
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.GotoAsync("/login").ConfigureAwait(false);
        await page.GetByLabel("Nama pengguna").FillAsync(username).ConfigureAwait(false);
        await page.GetByLabel("Kata sandi").FillAsync(TestHostBuilder.DemoPassword).ConfigureAwait(false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync().ConfigureAwait(false);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
        await page.GotoAsync("/inbox").ConfigureAwait(false);

        // The filter form carries data-interactive once the circuit has rendered it: from then on the page polls.
        await page.Locator("[data-testid=inbox-filters][data-interactive=true]").WaitForAsync().ConfigureAwait(false);
        return page;
    }

    private static void Print(string moment, HostMemory before, HostMemory now, int circuits) =>
        Console.WriteLine(
            $"host memory {moment,-26}: working set {HostMemory.Megabytes(now.WorkingSetBytes)}, GC heap {HostMemory.Megabytes(now.GcHeapBytes)}"
            + (ReferenceEquals(before, now) ? string.Empty
                : $"; per circuit: working set {HostMemory.Megabytes((now.WorkingSetBytes - before.WorkingSetBytes) / (double)circuits)}, "
                    + $"GC heap {HostMemory.Megabytes((now.GcHeapBytes - before.GcHeapBytes) / (double)circuits)}"));
}
