
namespace Mpp.Workflows.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    // ---- idempotency keys: expiry, purge, the recorded response ----

    [Fact]
    public async Task GetIdempotentResultAsync_AnExpiredKey_IsNone_AndItsKeyCanBeTakenAgain()
    {
        var key = NewId("expiring");
        await using (var session = await Store.BeginAsync(None))
        {
            await session.SaveIdempotentResultAsync(key, """{"n":1}""", T0, T0.AddHours(24), None);
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            AssertJsonEqual("""{"n":1}""", (await session.GetIdempotentResultAsync(key, T0.AddHours(24).AddTicks(-10), None))!);
            Assert.Null(await session.GetIdempotentResultAsync(key, T0.AddHours(24), None));

            // Still live: the key is taken.
            await Assert.ThrowsAsync<ConcurrencyException>(async () =>
            {
                await session.SaveIdempotentResultAsync(key, """{"n":2}""", T0.AddHours(23), T0.AddHours(47), None);
                await session.CommitAsync(None);
            });
        }

        await using (var session = await Store.BeginAsync(None))
        {
            await session.SaveIdempotentResultAsync(key, """{"n":2}""", T0.AddHours(25), T0.AddHours(49), None);
            await session.CommitAsync(None);
        }

        await using var next = await Store.BeginAsync(None);
        AssertJsonEqual("""{"n":2}""", (await next.GetIdempotentResultAsync(key, T0.AddHours(25), None))!);
    }

    [Fact]
    public async Task PurgeIdempotentResultsAsync_DeletesTheExpiredKeysOnly()
    {
        // Expiries before 2002, so that the purge leaves other tests' keys alone.
        var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var expired = NewId("expired");
        var live = NewId("live");
        await using (var session = await Store.BeginAsync(None))
        {
            await session.SaveIdempotentResultAsync(expired, "{}", start, start.AddHours(1), None);
            await session.SaveIdempotentResultAsync(live, "{}", start, start.AddHours(3), None);
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            await session.PurgeIdempotentResultsAsync(start.AddHours(2), None);
            await session.CommitAsync(None);
        }

        // Read as of the start: only a purged row is missing then.
        await using var next = await Store.BeginAsync(None);
        Assert.Null(await next.GetIdempotentResultAsync(expired, start, None));
        Assert.NotNull(await next.GetIdempotentResultAsync(live, start, None));
    }

    [Fact]
    public async Task ReplaceIdempotentResultAsync_ReplacesTheStoredResult()
    {
        var key = NewId("complete");
        await using (var session = await Store.BeginAsync(None))
        {
            await session.SaveIdempotentResultAsync(key, """{"applicationId":"a"}""", T0, T0.AddDays(1), None);
            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            await session.ReplaceIdempotentResultAsync(key, """{"applicationId":"a","response":{"status":"InProgress"}}""", None);
            await session.CommitAsync(None);
        }

        await using var next = await Store.BeginAsync(None);
        AssertJsonEqual("""{"applicationId":"a","response":{"status":"InProgress"}}""", (await next.GetIdempotentResultAsync(key, T0, None))!);
    }
}
