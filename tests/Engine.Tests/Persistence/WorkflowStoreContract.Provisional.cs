
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>Timers of due dates counted through a year without its decree (provisional calendars) on both stores.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task ProvisionalTimer_IsNeverDue_AndIsCountedForTheBanner_UntilCancelled()
    {
        // The only test that writes provisional timers, so the banner's count is its own.
        var instance = NewInstance(NewId("def"));
        var other = NewInstance(NewId("def"));
        await SeedAsync(instance);
        await SeedAsync(other);
        var estimate = NewTimer(instance, Future(5));
        var provisional = new TimerRecord(Guid.NewGuid(), instance.Id, "StatutoryDeadline", null, null, Future(5), null, null) { Provisional = true };
        var later = new TimerRecord(Guid.NewGuid(), other.Id, "TaskDeadline", null, null, Future(9), null, null) { Provisional = true };
        await SeedTimersAsync(estimate, provisional, later);

        var due = await Store.ListDueTimersAsync(Future(60), 10_000, None);
        var banner = await Store.GetProvisionalDueDatesAsync(None);

        Assert.Contains(estimate, due);
        Assert.DoesNotContain(due, t => t.Provisional);
        Assert.True((await Store.GetTimerAsync(provisional.Id, None))!.Provisional);
        Assert.False((await Store.GetTimerAsync(estimate.Id, None))!.Provisional);
        Assert.Equal((2, Future(9)), (banner.Applications, banner.Latest));

        await using (var session = await Store.BeginAsync(None))
        {
            await session.CancelTimerAsync(provisional.Id, Future(10), None);
            await session.CancelTimerAsync(later.Id, Future(10), None);
            await session.CommitAsync(None);
        }

        Assert.Equal(new ProvisionalDueDates(0, null), await Store.GetProvisionalDueDatesAsync(None));
    }
}
