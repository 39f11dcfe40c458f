using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Mpp.Workflows.Bench;

/// <summary>
/// A loopback TCP relay in front of PostgreSQL that counts what clients send, for <c>--profile</c>: round trips (a burst of
/// client bytes after the server last spoke, i.e. each time a client waits for an answer), statements run (Execute and
/// simple Query messages) and statements parsed (Parse messages: those not already prepared on the connection). The
/// frontend protocol frames every message after the startup packet as a type byte and a big-endian length, so counting
/// needs no more than the framing. Connections through it must not use TLS or GSS encryption.
/// </summary>
internal sealed class WireCounter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _relays = [];
    private Task _accepting = Task.CompletedTask;
    private long _roundTrips;
    private long _statements;
    private long _parses;

    private WireCounter(string serverHost, int serverPort)
    {
        _serverHost = serverHost;
        _serverPort = serverPort;
    }

    /// <summary>Starts a relay to the server of <paramref name="connectionString"/>; <see cref="ConnectionString"/> leads through it.</summary>
    public static WireCounter Start(string connectionString)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var counter = new WireCounter(target.Host ?? "127.0.0.1", target.Port);
        counter._listener.Start();
        counter.ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = IPAddress.Loopback.ToString(),
            Port = ((IPEndPoint)counter._listener.LocalEndpoint).Port,
            SslMode = Npgsql.SslMode.Disable,
            GssEncryptionMode = Npgsql.GssEncryptionMode.Disable,
        }.ConnectionString;
        counter._accepting = counter.AcceptAsync();
        return counter;
    }

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The counts so far.</summary>
    public WireCounts Read() => new(Interlocked.Read(ref _roundTrips), Interlocked.Read(ref _statements), Interlocked.Read(ref _parses));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        Task[] relays;
        lock (_relays)
        {
            relays = [.. _relays];
        }

        await Task.WhenAll([_accepting, .. relays]).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_relays)
            {
                _relays.Add(RelayAsync(client));
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            client.NoDelay = true;
            server.NoDelay = true;
            try
            {
                await server.ConnectAsync(_serverHost, _serverPort, _stop.Token).ConfigureAwait(false);
                var fromClient = client.GetStream();
                var fromServer = server.GetStream();
                var direction = new Direction();
                await Task.WhenAny(
                    PumpAsync(fromClient, fromServer, direction, new FrontendMessages(this)),
                    PumpAsync(fromServer, fromClient, direction, null)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A connection closed by either side, or the relay stopping: nothing left to count.
            }
        }
    }

    /// <summary>Copies one direction; bytes from the client are also framed and counted.</summary>
    private async Task PumpAsync(NetworkStream from, NetworkStream to, Direction direction, FrontendMessages? counting)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            if (counting is not null)
            {
                if (direction.ServerSpokeLast)
                {
                    direction.ServerSpokeLast = false;
                    Interlocked.Increment(ref _roundTrips);
                }

                counting.Feed(buffer.AsSpan(0, read));
            }
            else
            {
                direction.ServerSpokeLast = true;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token).ConfigureAwait(false);
        }
    }

    private sealed class Direction
    {
        private volatile bool _serverSpokeLast = true;

        public bool ServerSpokeLast
        {
            get => _serverSpokeLast;
            set => _serverSpokeLast = value;
        }
    }

    /// <summary>Frames the client's byte stream: an untyped startup packet, then type byte + length + body.</summary>
    private sealed class FrontendMessages(WireCounter counter)
    {
        private readonly byte[] _header = new byte[5];
        private int _headerFill;
        private long _bodyLeft;
        private bool _startup = true;

        public void Feed(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                if (_bodyLeft > 0)
                {
                    var skip = (int)Math.Min(_bodyLeft, bytes.Length);
                    _bodyLeft -= skip;
                    bytes = bytes[skip..];
                    continue;
                }

                var headerLength = _startup ? 4 : 5;
                var take = Math.Min(headerLength - _headerFill, bytes.Length);
                bytes[..take].CopyTo(_header.AsSpan(_headerFill));
                _headerFill += take;
                bytes = bytes[take..];
                if (_headerFill < headerLength)
                {
                    continue;
                }

                _headerFill = 0;
                var length = BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(headerLength - 4));
                _bodyLeft = length - 4;
                if (_startup)
                {
                    _startup = false;
                    continue;
                }

                switch ((char)_header[0])
                {
                    case 'E' or 'Q':
                        Interlocked.Increment(ref counter._statements);
                        break;
                    case 'P':
                        Interlocked.Increment(ref counter._parses);
                        break;
                }
            }
        }
    }
}
