namespace Mpp.Workflows.Bench;

/// <summary>
/// Command-line options: <c>transitions|deadlines --store postgres|sqlite --concurrency 8 --seconds 20 --pending 100000</c>
/// (<c>--pending</c>: timers waiting in the background during <c>deadlines</c>), <c>documents --count 500</c>.
/// </summary>
internal sealed record BenchOptions(string Command, string Store, int Concurrency, int Seconds, int Pending, int Count)
{
    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException(
                "Usage: <transitions|deadlines> [--store sqlite|postgres] [--concurrency N] [--seconds N] [--pending N] | documents [--count N]");
        }

        string store = "sqlite";
        int concurrency = 8, seconds = 20, pending = 100_000, count = 500;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--store":
                    store = value.ToLowerInvariant() is "sqlite" or "postgres" ? value.ToLowerInvariant()
                        : throw new ArgumentException("--store is sqlite or postgres.");
                    break;
                case "--concurrency":
                    concurrency = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--pending":
                    pending = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--count":
                    count = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        if (concurrency < 1 || seconds < 1 || pending < 0 || count < 1)
        {
            throw new ArgumentException("--concurrency, --seconds and --count must be positive, --pending not negative.");
        }

        return new BenchOptions(args[0].ToLowerInvariant(), store, concurrency, seconds, pending, count);
    }
}
