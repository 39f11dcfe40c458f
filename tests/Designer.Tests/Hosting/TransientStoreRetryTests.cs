using System.Net;
using System.Net.Sockets;
using Mpp.Workflows.Designer.Errors;
using Npgsql;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// What Npgsql really throws when the database is away counts as transient, so reads are run again and commands get 503, not
/// 500 — including the failover case of a multi-host connection string that finds no server ("No suitable host was found.",
/// which carries each host's failure in an <see cref="AggregateException"/> and is not transient itself).
/// </summary>
public sealed class TransientStoreRetryTests
{
    [Fact]
    public async Task NoSuitableHost_OfAMultiHostConnectionString_IsTransient()
    {
        var (first, second) = (ClosedPort(), ClosedPort());
        var exception = await OpenAsync($"Host=127.0.0.1:{first},127.0.0.1:{second};Username=x;Password=x;Target Session Attributes=primary;Timeout=2");

        Assert.False(exception is NpgsqlException { IsTransient: true }, $"Npgsql now reports this failure as transient itself: {exception}");
        Assert.True(TransientStoreRetry.IsTransient(exception), $"Not taken for transient: {exception}");
    }

    [Fact]
    public async Task RefusedConnection_OfOneHost_IsTransient()
    {
        var exception = await OpenAsync($"Host=127.0.0.1;Port={ClosedPort()};Username=x;Password=x;Timeout=2");

        Assert.True(TransientStoreRetry.IsTransient(exception), $"Not taken for transient: {exception}");
    }

    [Fact]
    public void ProgrammingErrors_AreNotTransient()
    {
        Assert.False(TransientStoreRetry.IsTransient(new InvalidOperationException("bug")));
        Assert.False(TransientStoreRetry.IsTransient(new AggregateException(new ArgumentException("bad"))));
        Assert.False(TransientStoreRetry.IsTransient(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));
    }

    private static async Task<Exception> OpenAsync(string connectionString)
    {
        await using var source = new NpgsqlDataSourceBuilder(connectionString).Build();
        return await Assert.ThrowsAnyAsync<Exception>(async () => await (await source.OpenConnectionAsync()).DisposeAsync());
    }

    /// <summary>A loopback port nobody listens on: bound for a moment by the test, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
