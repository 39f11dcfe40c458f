using System.Security.Cryptography;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Designer.Tests.Cluster;

/// <summary>
/// Two real host processes (<see cref="ChildHost"/>) as one deployment: each with a data directory of its own, both on one
/// PostgreSQL database, with the same <c>Engine:TrackingTokenSecret</c> and the same SMTP relay. The outbox lease and the
/// job invisibility timeout are short so that a killed host's claimed rows and jobs are taken over within the test's
/// minutes; everything else is as an operator would configure it.
/// </summary>
internal sealed class TwoHostCluster : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly TestSmtpServer _smtp;
    private readonly string[] _dataDirectories =
        [Directory.CreateTempSubdirectory("mpp-cluster-a-").FullName, Directory.CreateTempSubdirectory("mpp-cluster-b-").FullName];

    private readonly ChildHost?[] _hosts = new ChildHost?[2];

    private TwoHostCluster(string connectionString, TestSmtpServer smtp)
    {
        _connectionString = connectionString;
        _smtp = smtp;
    }

    /// <summary>Host A (slot 0) and host B (slot 1), as last started.</summary>
    public ChildHost this[int slot] => _hosts[slot] ?? throw new InvalidOperationException($"Host {Name(slot)} is not running.");

    /// <summary>Starts both hosts together on a new database of <paramref name="postgres"/>, as two machines booting at once would.</summary>
    public static async Task<TwoHostCluster> StartAsync(PostgresTestServer postgres, TestSmtpServer smtp)
    {
        var cluster = new TwoHostCluster(await postgres.CreateDatabaseAsync("cluster"), smtp);
        try
        {
            await Task.WhenAll(cluster.StartAsync(0), cluster.StartAsync(1));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static string Name(int slot) => slot == 0 ? "A" : "B";

    /// <summary>Starts host <paramref name="slot"/> (again) on its data directory; returns its new address.</summary>
    public async Task<Uri> StartAsync(int slot)
    {
        if (_hosts[slot] is not null)
        {
            throw new InvalidOperationException($"Host {Name(slot)} is running.");
        }

        var settings = new TestHostBuilder(_dataDirectories[slot])
            .With("Storage:Provider", "Postgres")
            .With("ConnectionStrings:Postgres", _connectionString)
            .With("Engine:TrackingTokenSecret", _secret)
            .With(_smtp.HostSettings())
            .With("Outbox:Lease", "00:00:10")
            .With("Jobs:InvisibilityTimeout", "00:00:10");
        _hosts[slot] = await ChildHost.StartAsync(settings);
        return _hosts[slot]!.Address;
    }

    /// <summary>SIGKILL for host <paramref name="slot"/>: no shutdown, its leases and jobs left behind.</summary>
    public async Task KillAsync(int slot)
    {
        var host = this[slot];
        _hosts[slot] = null;
        await host.KillAsync();
        await host.DisposeAsync();
    }

    /// <summary>What the running hosts printed, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine,
        _hosts.Select((host, slot) => $"--- host {Name(slot)} ---{Environment.NewLine}{host?.Output ?? "(not running)"}"));

    public async ValueTask DisposeAsync()
    {
        for (var slot = 0; slot < _hosts.Length; slot++)
        {
            if (_hosts[slot] is { } host)
            {
                _hosts[slot] = null;
                await host.DisposeAsync();
            }
        }

        foreach (var directory in _dataDirectories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
