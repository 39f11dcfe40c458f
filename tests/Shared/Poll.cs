namespace Mpp.Workflows.Testing;

/// <summary>
/// The one way the tests wait for something: work a host does in the background (the outbox, the job server, timers), a
/// process becoming healthy, a mail arriving, a page following the mouse. A fixed sleep is never a wait for a condition; a
/// test that lets time pass on purpose says why where it does.
/// </summary>
public static class Poll
{
    /// <summary>How long <see cref="UntilAsync(Func{Task{bool}}, TimeSpan, Func{Task{string}}?, TimeSpan?)"/> waits between checks unless told.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Checks <paramref name="condition"/> every <paramref name="interval"/> (100 ms unless given) until it holds; after
    /// <paramref name="timeout"/> the test fails with <paramref name="describe"/>'s account of where things stand. An exception
    /// thrown by <paramref name="condition"/> ends the wait at once.
    /// </summary>
    public static async Task UntilAsync(
        Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>>? describe = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail(describe is null ? $"The condition did not hold within {timeout}." : await describe());
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary><see cref="UntilAsync(Func{Task{bool}}, TimeSpan, Func{Task{string}}?, TimeSpan?)"/> for a condition that needs no I/O.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string>? describe = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(
            () => Task.FromResult(condition()),
            timeout,
            describe is null ? null : () => Task.FromResult(describe()),
            interval);
    }
}
