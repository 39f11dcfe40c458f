
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>Timers of due dates counted through a year without its decree (provisional calendars) on both stores.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task ProvisionalTimer_IsNeverDue_AndIsCountedForTheBanner_UntilCancelled()
    {
        // The tests that write provisional timers cancel them at their end, so the banner's count is this test's own.
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

    [Fact]
    public async Task ProvisionalTaskDueDates_CountOnlyTheOfficesOpenTasksWithAPendingProvisionalTimer()
    {
        var office = NewId("office");
        var other = NewId("office");
        var instance = NewInstance(NewId("def"));
        var estimated = NewTask(instance, office, "r", T0, dueAt: Future(30));
        var estimatedToo = NewTask(instance, office, "r", T0, dueAt: Future(40));
        var official = NewTask(instance, office, "r", T0, dueAt: Future(50));
        var done = NewTask(instance, office, "r", T0, dueAt: Future(60)) with { Status = TaskStates.Completed };
        var elsewhere = NewTask(instance, other, "r", T0, dueAt: Future(70));
        await SeedAsync(instance, estimated, estimatedToo, official, done, elsewhere);
        TimerRecord Timer(TaskRecord task, bool provisional) =>
            new(Guid.NewGuid(), instance.Id, "TaskDeadline", task.ActivityId, task.Id, task.DueAt!.Value, null, null) { Provisional = provisional };
        var reminder = Timer(estimatedToo, true) with { Kind = "TaskReminder", DueAt = Future(35) };
        TimerRecord[] timers = [Timer(estimated, true), Timer(estimatedToo, true), reminder, Timer(official, false), Timer(done, true), Timer(elsewhere, true)];
        await SeedTimersAsync(timers);

        var mine = await Store.GetProvisionalTaskDueDatesAsync(office, None);
        var theirs = await Store.GetProvisionalTaskDueDatesAsync(other, None);
        var nobody = await Store.GetProvisionalTaskDueDatesAsync(NewId("office"), None);
        await using (var session = await Store.BeginAsync(None))
        {
            foreach (var timer in timers)
            {
                await session.CancelTimerAsync(timer.Id, Future(80), None);
            }

            await session.CommitAsync(None);
        }

        Assert.Equal(new ProvisionalDueDates(2, Future(40)), mine);
        Assert.Equal(new ProvisionalDueDates(1, Future(70)), theirs);
        Assert.Equal(new ProvisionalDueDates(0, null), nobody);
    }
}
