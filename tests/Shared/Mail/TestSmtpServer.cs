using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Mpp.Workflows.Testing.Mail;

/// <summary>
/// The tests' one SMTP server: a real one (the SmtpServer package) on 127.0.0.1 and a free port, recording every message it
/// accepts with the session (TCP connection) that carried it, how many sessions were opened and how many logins were
/// attempted. Recipients whose local part is <see cref="RefusedLocalPart"/> are refused at RCPT TO with a 5xx reply; a message
/// to <see cref="ShutdownLocalPart"/> is answered with 421, the reply with which a server announces it is closing the
/// connection. Logins are optional; <see cref="User"/> with <see cref="Password"/> is accepted. It can be stopped and started
/// again on the same port, to play an outage of the mail relay.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    public const string RefusedLocalPart = "ditolak";
    public const string ShutdownLocalPart = "putus";
    public const string User = "mpp";
    public const string Password = "rahasia";

    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private int sessions;
    private int logins;
    private SmtpServer.SmtpServer? server;
    private CancellationTokenSource? stop;
    private Task? running;

    private TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public int Sessions => Volatile.Read(ref sessions);

    public int Logins => Volatile.Read(ref logins);

    /// <summary>Every message accepted so far, in order of arrival.</summary>
    public IReadOnlyList<ReceivedMail> Received => [.. received];

    /// <summary>The messages of <see cref="Received"/>, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. received.Select(r => r.Message)];

    /// <summary>Starts a server on a free loopback port; returns once it listens.</summary>
    public static async Task<TestSmtpServer> StartAsync()
    {
        var smtp = new TestSmtpServer(FreePort());
        await smtp.StartAgainAsync();
        return smtp;
    }

    /// <summary>A loopback port nothing listens on at the moment of the call.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Settings (configuration keys) that send a host's mail here.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings() => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:TimeoutSeconds"] = "5",
    };

    /// <summary>Listens on <see cref="Port"/> (again, after <see cref="StopAsync"/>); returns once it listens.</summary>
    public async Task StartAgainAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(false))
            .Build();
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => started.TrySetResult();
        var services = new SmtpServiceProvider();
        services.Add(listeners);
        services.Add(new RecordingStore(received));
        services.Add(new RecipientFilter());
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            Interlocked.Increment(ref logins);
            return user == User && password == Password;
        }));
        stop = new CancellationTokenSource();
        server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref sessions);
        running = server.StartAsync(stop.Token);
        await Task.WhenAny(started.Task, running).WaitAsync(TimeSpan.FromSeconds(10));
        await (running.IsFaulted ? running : Task.CompletedTask);
    }

    /// <summary>Closes the listener and every open session: the relay is gone until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (server is null || stop is null || running is null)
        {
            return;
        }

        server.Shutdown();
        await stop.CancelAsync();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // The cancelled token is how the listener loop ends.
        }

        stop.Dispose();
        server = null;
        stop = null;
        running = null;
    }

    /// <summary>Waits until <paramref name="count"/> messages satisfy <paramref name="match"/>; returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> match, int count, TimeSpan timeout)
    {
        List<MimeMessage> found = [];
        await Poll.UntilAsync(
            () => (found = [.. Messages.Where(match)]).Count >= count,
            timeout,
            () => $"Expected {count} matching mails within {timeout}, got {found.Count}; received: [{string.Join("; ", Messages.Select(m => m.Subject))}]");
        return found;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>One message as the server stored it, with the session that carried it.</summary>
    public sealed record ReceivedMail(Guid SessionId, string From, IReadOnlyList<string> To, MimeMessage Message);

    private sealed class RecordingStore(ConcurrentQueue<ReceivedMail> received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (transaction.To.Any(to => to.User == ShutdownLocalPart))
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "closing transmission channel"));
            }

            received.Enqueue(new ReceivedMail(
                context.SessionId,
                transaction.From.AsAddress(),
                [.. transaction.To.Select(to => to.AsAddress())],
                MimeMessage.Load(new MemoryStream(buffer.ToArray()))));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class RecipientFilter : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(to.User != RefusedLocalPart);
    }
}
