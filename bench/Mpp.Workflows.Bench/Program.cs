namespace Mpp.Workflows.Bench;

/// <summary>
/// Benchmarks that print rates against a baseline measured in the same process (machines here are noisy, so only ratios
/// compare across runs). Run in Release: <c>dotnet run -c Release --project bench/Mpp.Workflows.Bench -- transitions --store postgres</c>.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        if (options.Command == "documents")
        {
            await DocumentsBenchmark.RunAsync(options).ConfigureAwait(false);
            return 0;
        }

        if (options.Command == "cluster")
        {
            return await ClusterBenchmark.RunAsync(options).ConfigureAwait(false) ? 0 : 1;
        }

        if (options.Command == "http")
        {
            return await HttpBenchmark.RunAsync(options).ConfigureAwait(false) ? 0 : 1;
        }

        if (options.Command == "history")
        {
            return await HistoryBenchmark.RunAsync(options).ConfigureAwait(false);
        }

        var database = await BenchDatabase.CreateAsync(options.Store, options.Profile).ConfigureAwait(false);
        switch (options.Command)
        {
            case "transitions":
                await TransitionsBenchmark.RunAsync(options, database).ConfigureAwait(false);
                return 0;
            case "deadlines":
                await DeadlinesBenchmark.RunAsync(options, database).ConfigureAwait(false);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown benchmark '{options.Command}'. Known: transitions, deadlines, documents, cluster, http, history.").ConfigureAwait(false);
                return 2;
        }
    }
}
