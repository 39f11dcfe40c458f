namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>Waiting for work the host does in the background (the outbox, the job server).</summary>
public static class Poll
{
    /// <summary>
    /// Checks <paramref name="condition"/> every 100 ms until it holds; after <paramref name="timeout"/> the test fails with
    /// <paramref name="describe"/>'s account of where things stand.
    /// </summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(describe is null ? $"The condition did not hold within {timeout}." : await describe());
            }

            await Task.Delay(100);
        }
    }
}
