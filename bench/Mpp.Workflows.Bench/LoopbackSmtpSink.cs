using System.Net;
using System.Net.Sockets;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The smallest SMTP server that accepts and counts every message, on loopback, answering without Nagle's algorithm as
/// production relays do (accepted sockets inherit <c>TCP_NODELAY</c> from the listener on Linux). The SmtpServer package
/// cannot be told so: against it the bench measured the client's and server's delayed-ACK timers, not the mail pipeline.
/// </summary>
internal sealed class LoopbackSmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int received;

    public LoopbackSmtpSink()
    {
        listener.Server.NoDelay = true;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Received => Volatile.Read(ref received);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        try
        {
            await accepting.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // How the accept loop ends.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token).ConfigureAwait(false);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        await using (var stream = client.GetStream())
        using (var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024))
        {
            async Task ReplyAsync(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n")).ConfigureAwait(false);

            await ReplyAsync("220 localhost ESMTP sink").ConfigureAwait(false);
            var inData = false;
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (inData)
                {
                    if (line == ".")
                    {
                        inData = false;
                        Interlocked.Increment(ref received);
                        await ReplyAsync("250 OK").ConfigureAwait(false);
                    }

                    continue;
                }

                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await ReplyAsync("250-localhost\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 104857600").ConfigureAwait(false);
                        break;
                    case "DATA":
                        inData = true;
                        await ReplyAsync("354 End data with <CR><LF>.<CR><LF>").ConfigureAwait(false);
                        break;
                    case "QUIT":
                        await ReplyAsync("221 Bye").ConfigureAwait(false);
                        return;
                    default:
                        await ReplyAsync("250 OK").ConfigureAwait(false);
                        break;
                }
            }
        }
    }
}
