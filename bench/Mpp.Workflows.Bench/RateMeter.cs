using System.Diagnostics;

namespace Mpp.Workflows.Bench;

/// <summary>Runs <c>concurrency</c> workers for a fixed time and counts completed operations.</summary>
internal static class RateMeter
{
    public static async Task<double> MeasureAsync(int concurrency, TimeSpan duration, Func<int, CancellationToken, Task<Func<CancellationToken, Task>>> createWorker)
    {
        var (count, elapsed) = await CountAsync(concurrency, duration, createWorker).ConfigureAwait(false);
        return count / elapsed.TotalSeconds;
    }

    /// <summary>The operations completed and the time they took (workers finish the operation under way when time is up).</summary>
    public static async Task<(long Count, TimeSpan Elapsed)> CountAsync(
        int concurrency, TimeSpan duration, Func<int, CancellationToken, Task<Func<CancellationToken, Task>>> createWorker)
    {
        var operations = new Func<CancellationToken, Task>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            operations[i] = await createWorker(i, CancellationToken.None).ConfigureAwait(false);
        }

        using var stop = new CancellationTokenSource();
        long count = 0;
        var clock = Stopwatch.StartNew();
        stop.CancelAfter(duration);
        var workers = operations.Select(operation => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await operation(CancellationToken.None).ConfigureAwait(false);
                Interlocked.Increment(ref count);
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return (count, clock.Elapsed);
    }
}
