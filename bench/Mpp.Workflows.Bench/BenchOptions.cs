namespace Mpp.Workflows.Bench;

/// <summary>
/// Command-line options: <c>transitions|deadlines --store postgres|sqlite --concurrency 8 --seconds 20 --pending 100000</c>
/// (<c>--pending</c>: timers waiting in the background during <c>deadlines</c>), <c>documents --count 500</c>,
/// <c>cluster --hosts 2 --concurrency 4 --seconds 20</c> (clients default to 4 there: a few, against real host processes),
/// <c>http --users 200 --seconds 60 --circuits 20</c> (<c>--circuits 0</c> skips the browser part),
/// <c>history --store postgres --applications 1000000</c>.
/// <c>transitions</c> also takes a list of levels (<c>--concurrency 1,8,32</c>, each measured in turn; <see cref="Levels"/>)
/// and <c>--profile</c> (where the time goes, <see cref="PhaseProfiler"/>).
/// </summary>
internal sealed record BenchOptions(
    string Command, string Store, int Concurrency, int Seconds, int Pending, int Count, int Hosts, int Users, int Circuits, int Applications = 20_000)
{
    /// <summary>The concurrency levels to measure, in order; <see cref="Concurrency"/> is the first.</summary>
    public IReadOnlyList<int> Levels { get; init; } = [Concurrency];

    public bool Profile { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException(
                "Usage: transitions [--store sqlite|postgres] [--concurrency N[,N…]] [--seconds N] [--profile]"
                + " | deadlines [--store sqlite|postgres] [--concurrency N] [--seconds N] [--pending N] | documents [--count N]"
                + " | cluster [--hosts N] [--concurrency N] [--seconds N] | http [--users N] [--seconds N] [--circuits N]"
                + " | history --store postgres [--applications N]");
        }

        var command = args[0].ToLowerInvariant();
        string store = "sqlite";
        int seconds = command == "http" ? 60 : 20, pending = 100_000, count = 500, hosts = 2, applications = 20_000;
        int users = 200, circuits = 20;
        int[] levels = [command == "cluster" ? 4 : 8];
        var profile = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--profile")
            {
                profile = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--store":
                    store = value.ToLowerInvariant() is "sqlite" or "postgres" ? value.ToLowerInvariant()
                        : throw new ArgumentException("--store is sqlite or postgres.");
                    break;
                case "--concurrency":
                    levels = [.. value.Split(',').Select(level => int.Parse(level, CultureInfo.InvariantCulture))];
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
                case "--users":
                    users = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--circuits":
                    circuits = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        if (levels.Length > 1 && command != "transitions")
        {
            throw new ArgumentException("Only transitions measures several concurrency levels.");
        }

        if (profile && command != "transitions")
        {
            throw new ArgumentException("Only transitions takes --profile.");
        }

        if (levels.Any(level => level < 1) || seconds < 1 || pending < 0 || count < 1)
        {
            throw new ArgumentException("--concurrency, --seconds and --count must be positive, --pending not negative.");
        }

        if (hosts < 2)
        {
            throw new ArgumentException("--hosts is at least 2: phase B runs that many hosts against phase A's one.");
        }

        if (users < 10 || circuits < 0)
        {
            throw new ArgumentException("--users is at least 10 (applicants, staff at every desk and a monitor); --circuits not negative.");
        }

        if (applications is < 100 or > 10_000_000)
        {
            throw new ArgumentException("--applications is between 100 and 10,000,000.");
        }

        return new BenchOptions(command, store, levels[0], seconds, pending, count, hosts, users, circuits, applications) { Levels = levels, Profile = profile };
    }
}
