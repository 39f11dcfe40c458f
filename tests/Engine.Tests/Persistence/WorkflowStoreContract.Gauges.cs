
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>The counts monitoring reads on each scrape (open and overdue tasks by office, the outbox backlog) on both stores.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task ReadGaugesAsync_CountsOpenAndOverdueTasksByOffice_AndTheOutboxBacklogWithItsOldestRow()
    {
        var office = NewId("office");
        var quiet = NewId("office");
        var instance = NewInstance(NewId("def"));
        var now = T0.AddDays(2);
        await SeedAsync(
            instance,
            NewTask(instance, office, "r", T0, dueAt: T0.AddDays(1)),
            NewTask(instance, office, "r", T0.AddMinutes(1), dueAt: T0.AddDays(3)),
            NewTask(instance, office, "r", T0.AddMinutes(2), dueAt: null),
            NewTask(instance, office, "r", T0.AddMinutes(3), dueAt: T0.AddDays(1)) with { Status = TaskStates.Completed },
            NewTask(instance, quiet, "r", T0.AddMinutes(4), dueAt: T0.AddDays(1)) with { Status = TaskStates.Cancelled });
        var before = await Store.ReadGaugesAsync(now, None);

        var oldest = T0.AddYears(-5);
        await using (var session = await Store.BeginAsync(None))
        {
            await session.EnqueueOutboxAsync(new OutboxMessage(Guid.NewGuid(), instance.Id, "Email", "{}", "Pending", 0, oldest, oldest, null), None);
            await session.EnqueueOutboxAsync(new OutboxMessage(Guid.NewGuid(), instance.Id, "Email", "{}", "Pending", 2, T0, T0.AddHours(1), "down"), None);
            await session.EnqueueOutboxAsync(new OutboxMessage(Guid.NewGuid(), instance.Id, "Email", "{}", "Failed", 8, oldest.AddDays(-1), null, "gone"), None);
            await session.EnqueueOutboxAsync(new OutboxMessage(Guid.NewGuid(), instance.Id, "Email", "{}", "Sent", 1, oldest.AddDays(-2), null, null), None);
            await session.CommitAsync(None);
        }

        var after = await Store.ReadGaugesAsync(now, None);

        Assert.Equal(new OfficeTaskCounts(office, 3, 1), Assert.Single(after.Offices, o => o.Office == office));
        Assert.DoesNotContain(after.Offices, o => o.Office == quiet);
        Assert.Equal(2, after.OutboxPending - before.OutboxPending);
        Assert.Equal(1, after.OutboxFailed - before.OutboxFailed);
        // Other tests of this store may have left older pending rows (the claim test's, in 2001).
        Assert.Equal(before.OldestPendingAt is { } earlier && earlier < oldest ? earlier : oldest, after.OldestPendingAt);
    }
}
