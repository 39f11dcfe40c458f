using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Mpp.Workflows.Engine.Scheduling;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// The host with a clock the test moves (<see cref="FakeTimeProvider"/>), starting Monday 3 August 2026, 09:00 WIB. The job
/// server still runs on the wall clock: its jobs for timers that are not yet due under the fake clock do nothing, and
/// <see cref="AdvanceToAsync"/> fires what became due, as the sweep would.
/// </summary>
public abstract class ClockedHost : DesignerHost
{
    public static readonly DateTimeOffset Start = new(2026, 8, 3, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Moves the clock forward and waits until every timer due by then has fired.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        var store = Services.GetRequiredService<IWorkflowStore>();
        var sweeper = Services.GetRequiredService<TimerSweeper>();

        // The job server's own sweep may be running; ours then returns at once, so sweep until no due timer is left.
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

            // Days pass in these tests; the demo tokens must outlive them.
            services.Configure<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme, o => o.BearerTokenExpiration = TimeSpan.FromDays(365));
        });
    }
}
