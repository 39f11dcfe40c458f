using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>
/// The public board over years of files takes seconds and memory; an attack found sixteen at once took the host to 12 GB.
/// One host computes only <see cref="EngineOptions.PerformanceBoardConcurrency"/> at once; the others wait their turn and
/// are refused as busy when it does not come in time.
/// </summary>
public sealed class PerformanceBoardTurnsTests
{
    private static readonly PerformancePeriod Month = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public async Task ABoardBeyondTheConcurrency_WaitsItsTurn_AndIsRefusedAsBusyWhenItDoesNotCome()
    {
        var reader = new HeldReader();
        var board = NewBoard(reader, concurrency: 1, wait: TimeSpan.FromMilliseconds(200));

        var first = board.ReportAsync(Month, PerformanceGrouping.Service, null, null, CancellationToken.None);
        await reader.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var busy = await Assert.ThrowsAsync<CommandException>(() => board.ReportAsync(Month, PerformanceGrouping.Office, null, null, CancellationToken.None));
        Assert.Equal(CommandErrorKind.Unavailable, busy.Kind);

        reader.Release.SetResult();
        await first;
        // The turn was given back: the next board is computed.
        Assert.Equal(0, (await board.ReportAsync(Month, PerformanceGrouping.Service, null, null, CancellationToken.None)).Total.Received);
    }

    [Fact]
    public async Task ABoardWaitingItsTurn_IsComputedWhenTheTurnComes()
    {
        var reader = new HeldReader();
        var board = NewBoard(reader, concurrency: 1, wait: TimeSpan.FromSeconds(30));

        var first = board.ReportAsync(Month, PerformanceGrouping.Service, null, null, CancellationToken.None);
        await reader.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = board.ReportAsync(Month, PerformanceGrouping.Service, null, null, CancellationToken.None);
        Assert.False(second.IsCompleted);

        reader.Release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, reader.Reads);
    }

    private static PerformanceBoard NewBoard(IPerformanceReader reader, int concurrency, TimeSpan wait)
    {
        var options = Options.Create(new EngineOptions { PerformanceBoardConcurrency = concurrency, PerformanceBoardWait = wait });
        return new PerformanceBoard(reader, new NoDefinitions(), new NoOffices(), new CalendarBook(options), TimeProvider.System, options);
    }

    /// <summary>Reads nothing, and the first read only once released.</summary>
    private sealed class HeldReader : IPerformanceReader
    {
        private int _reads;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Reads => _reads;

        public async Task<PerformanceFacts> ReadAsync(PerformanceQuery query, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                Started.SetResult();
                await Release.Task;
            }

            return new PerformanceFacts([], [], []);
        }
    }

    private sealed class NoDefinitions : IDefinitionReader
    {
        public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DefinitionSummary>>([]);

        public Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

        public Task<DefinitionRecord?> GetAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken) =>
            Task.FromResult<DefinitionRecord?>(null);
    }

    private sealed class NoOffices : IOfficeReader
    {
        public Task<IReadOnlyList<OfficeRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OfficeRecord>>([]);
    }
}
