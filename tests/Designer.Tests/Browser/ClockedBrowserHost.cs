using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Scheduling;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// The browser host (<see cref="BrowserHost"/>) with a clock the test moves (<see cref="FakeTimeProvider"/>), starting at
/// <see cref="ClockedHost.Start"/>; staff tokens last ten years, since the tests move through a permit's five. The job server
/// runs on the wall clock: <see cref="AdvanceToAsync"/> fires the timers that became due, as <see cref="ClockedHost"/> does.
/// </summary>
public sealed class ClockedBrowserHost : BrowserHost
{
    public FakeTimeProvider Clock { get; } = new(ClockedHost.Start);

    /// <summary>Moves the clock forward and waits until every timer due by then has fired.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        var store = Services.GetRequiredService<IWorkflowStore>();
        var sweeper = Services.GetRequiredService<TimerSweeper>();
        await Poll.UntilAsync(
            async () =>
            {
                if ((await store.ListDueTimersAsync(Clock.GetUtcNow(), 1, CancellationToken.None)).Count == 0)
                {
                    return true;
                }

                await sweeper.SweepAsync(CancellationToken.None);
                return false;
            },
            TimeSpan.FromSeconds(30),
            () => Task.FromResult("Timers due under the fake clock did not fire within 30 s."),
            TimeSpan.FromMilliseconds(20));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme, o => o.BearerTokenExpiration = TimeSpan.FromDays(3650));
        });
    }
}

/// <summary>Browser tests on a moved clock get a host of their own, and run alone to spare the machine's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClockedBrowserCollection : ICollectionFixture<ClockedBrowserHost>
{
    public const string Name = "Browser clocked";
}
