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

namespace Mpp.Workflows.Engine.Tests.Mail;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port, recording what it receives, how many
/// sessions (TCP connections) were opened and how many logins were attempted. Recipients whose local part is
/// <see cref="RefusedLocalPart"/> are refused at RCPT TO with a 5xx reply; a message to <see cref="ShutdownLocalPart"/>
/// is answered with 421, the reply with which a server announces it is closing the connection.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    public const string RefusedLocalPart = "ditolak";
    public const string ShutdownLocalPart = "putus";
    public const string User = "mpp";
    public const string Password = "rahasia";

    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private int sessions;
    private int logins;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, port))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(false))
            .Build();
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => EndpointStarted.TrySetResult();
        var services = new SmtpServiceProvider();
        services.Add(listeners);
        services.Add(new RecordingStore(this));
        services.Add(new RecipientFilter());
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            Interlocked.Increment(ref logins);
            return user == User && password == Password;
        }));
        server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref sessions);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public int Sessions => Volatile.Read(ref sessions);

    public int Logins => Volatile.Read(ref logins);

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    private TaskCompletionSource EndpointStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer(FreePort());
        await server.EndpointStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return server;
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

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The cancelled token is how the listener loop ends.
        }

        stop.Dispose();
    }

    /// <summary>One message as the server stored it, with the session that carried it.</summary>
    internal sealed record ReceivedMail(Guid SessionId, string From, IReadOnlyList<string> To, byte[] Raw)
    {
        public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Raw));
    }

    private sealed class RecordingStore(TestSmtpServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (transaction.To.Any(to => to.User == ShutdownLocalPart))
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "closing transmission channel"));
            }

            owner.Received.Enqueue(new ReceivedMail(
                context.SessionId,
                transaction.From.AsAddress(),
                [.. transaction.To.Select(to => to.AsAddress())],
                buffer.ToArray()));
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
