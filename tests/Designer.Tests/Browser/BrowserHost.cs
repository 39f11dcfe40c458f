using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The real host on Kestrel at a free loopback port (a browser cannot reach the in-memory test server), SQLite in a
/// temporary data directory, Development seeding, mail to a loopback SMTP test server (<see cref="Smtp"/>) with links to
/// the host's own address; and the machine's Chromium driven by Playwright. Playwright's own browser download is never used:
/// <c>MPP_CHROMIUM</c> or <c>/usr/bin/chromium</c> is launched instead.
/// </summary>
public class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = TestHostBuilder.DemoPassword;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    private readonly TestHostBuilder _host;
    private IPlaywright? _playwright;

    public BrowserHost()
    {
        // A port known before the start, so the links in mails (PublicBaseUrl) open this host.
        var port = TestSmtpServer.FreePort();
        UseKestrel(port);
        // Open pages recheck their account every second instead of every 30 s, so a test sees a revoked session end soon.
        _host = new TestHostBuilder(DataDirectory).OnSqlite()
            .With("urls", $"http://127.0.0.1:{port}")
            .With("PublicBaseUrl", $"http://127.0.0.1:{port}")
            .With("Auth:RevalidationInterval", "00:00:01");
    }

    /// <summary>The SMTP server the host sends its mail to.</summary>
    public TestSmtpServer Smtp { get; private set; } = default!;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("mpp-browser-").FullName;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go, kept as test artifacts.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Smtp = await TestSmtpServer.StartAsync();
        _host.With(Smtp.HostSettings());
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        var chromium = Environment.GetEnvironmentVariable("MPP_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"No Chromium at {chromium}. Install it (apt-get install -y chromium) or set MPP_CHROMIUM to a Chromium binary.");
        }

        // Expect(...) waits 5 s by default: short for a Blazor circuit on a loaded 2-core CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>A fresh browser context (its own cookies) with a page on the host.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString().TrimEnd('/'), Locale = "id-ID" });
        // Generous for a loaded 2-core CI machine; a page that never gets there still fails.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context the size of a phone screen (<paramref name="width"/> CSS pixels wide) with a page on the host.</summary>
    public async Task<IPage> NewPhonePageAsync(int width = 390, int height = 844)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through <c>/login</c> as a demo user; on a phone-sized screen when <paramref name="phoneWidth"/> is given.</summary>
    public async Task<IPage> SignedInPageAsync(string username, int? phoneWidth = null)
    {
        var page = phoneWidth is { } width ? await NewPhonePageAsync(width) : await NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Nama pengguna").FillAsync(username);
        await page.GetByLabel("Kata sandi").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        // Signed in once the browser has left /login. Not WaitForURLAsync: when the click has already landed on the next page it
        // waits for that document's load state instead, which twice never came within 30 s in full CI runs (the landing pages
        // are interactive and keep the page busy). What the test does next waits for its own elements.
        await Poll.UntilAsync(
            () => !page.Url.Contains("/login", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            () => $"Still on {page.Url} after signing in as {username}.");
        return page;
    }

    /// <summary>
    /// The inbox row of the file <paramref name="registrationNumber"/>: the row whose number cell is exactly it ("…-000001" is
    /// also part of "…-000010" to "…-000019", files that may be at another step).
    /// </summary>
    public static ILocator InboxRow(IPage page, string registrationNumber) =>
        page.GetByTestId("inbox").Locator("tr").Filter(new()
        {
            Has = page.GetByRole(AriaRole.Cell, new() { Name = registrationNumber, Exact = true }),
        });

    /// <summary>Opens the inbox searched for <paramref name="registrationNumber"/> (the file may be beyond the first page) and returns its row.</summary>
    public static async Task<ILocator> OpenInboxRowAsync(IPage page, string registrationNumber)
    {
        await page.GotoAsync("/inbox?q=" + Uri.EscapeDataString(registrationNumber));
        // The prerendered list is replaced when the page turns interactive; a click on it in that instant is lost.
        await Assertions.Expect(page.GetByTestId("inbox-filters")).ToHaveAttributeAsync("data-interactive", "true");
        return InboxRow(page, registrationNumber);
    }

    /// <summary>The page is no wider than the screen, and axe-core finds nothing serious or critical; a screenshot is kept.</summary>
    public static async Task AssertFitsAsync(IPage page, string screenshot)
    {
        await BrowserHost.ScreenshotAsync(page, screenshot);
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(size[0] <= size[1], $"{screenshot}: the page is {size[0]} px wide on a {size[1]} px screen.");
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(serious.Count == 0, $"{screenshot}: " + string.Join("; ", serious));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder) => _host.ApplyTo(builder);
}
