namespace Mpp.Workflows.Bench;

/// <summary>
/// Command-line options: <c>transitions|deadlines --store postgres|sqlite --concurrency 8 --seconds 20 --pending 100000</c>
/// (<c>--pending</c>: timers waiting in the background during <c>deadlines</c>), <c>documents --count 500</c>,
/// <c>cluster --hosts 2 --concurrency 4 --seconds 20</c> (clients default to 4 there: a few, against real host processes),
/// <c>history --store postgres --applications 1000000</c>.
/// </summary>
internal sealed record BenchOptions(string Command, string Store, int Concurrency, int Seconds, int Pending, int Count, int Hosts, int Applications = 20_000)
{
    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException(
                "Usage: <transitions|deadlines> [--store sqlite|postgres] [--concurrency N] [--seconds N] [--pending N] | documents [--count N]"
                + " | cluster [--hosts N] [--concurrency N] [--seconds N] | history --store postgres [--applications N]");
        }

        var command = args[0].ToLowerInvariant();
        string store = "sqlite";
        int concurrency = command == "cluster" ? 4 : 8, seconds = 20, pending = 100_000, count = 500, hosts = 2, applications = 20_000;
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
                case "--applications":
                    applications = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--hosts":
                    hosts = int.Parse(value, CultureInfo.InvariantCulture);
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

        if (hosts < 2)
        {
            throw new ArgumentException("--hosts is at least 2: phase B runs that many hosts against phase A's one.");
        }

        if (applications is < 100 or > 10_000_000)
        {
            throw new ArgumentException("--applications is between 100 and 10,000,000.");
        }

        return new BenchOptions(command, store, concurrency, seconds, pending, count, hosts, applications);
    }
}
