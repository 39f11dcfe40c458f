using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class SmtpMailTransportTests
{
    [Fact]
    public async Task SendBatch_DeliversEachMailOverOneConnection_WithIdSubjectBodiesAndPdf()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var transport = new SmtpMailTransport(MailSamples.SmtpTo(server.Port));
        OutgoingMail[] batch = [MailSamples.Permit(1), MailSamples.Permit(2), MailSamples.Permit(3)];

        var results = await SendAsync(transport, batch);

        Assert.Equal(batch.Select(m => m.MessageId), results.Select(r => r.Mail.MessageId));
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(1, server.Sessions);
        var received = server.Received.ToArray();
        Assert.Equal(3, received.Length);
        Assert.Single(received.Select(r => r.SessionId).Distinct());
        for (var i = 0; i < batch.Length; i++)
        {
            var sent = batch[i];
            Assert.Equal([sent.To.Address], received[i].To);
            Assert.Equal("no-reply@dpmptsp.local", received[i].From);
            var message = received[i].Message;
            Assert.Equal(sent.MessageId, "<" + message.MessageId + ">");
            Assert.Equal(sent.Subject, message.Subject);
            Assert.Equal(sent.TextBody, message.TextBody);
            Assert.Equal(sent.HtmlBody, message.HtmlBody);
            var pdf = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
            Assert.Equal("application/pdf", pdf.ContentType.MimeType);
            Assert.Equal(sent.Attachments[0].FileName, pdf.FileName);
            Assert.Equal(MailSamples.Sha256(sent.Attachments[0].Content), MailSamples.Sha256(Decode(pdf)));
        }
    }

    [Fact]
    public async Task SendBatch_LogsInOncePerBatch_WhenUsernameSet()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var options = MailSamples.SmtpTo(server.Port);
        options.Smtp.Username = TestSmtpServer.User;
        options.Smtp.Password = TestSmtpServer.Password;
        OutgoingMail[] batch = [MailSamples.Permit(1), MailSamples.Permit(2), MailSamples.Permit(3)];

        var results = await SendAsync(new SmtpMailTransport(options), batch);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(1, server.Logins);
        Assert.Equal(1, server.Sessions);
        Assert.Equal(3, server.Received.Count);
    }

    [Fact]
    public async Task SendBatch_ReportsEveryMailFailedAsTransient_WhenLoginIsRefused()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var options = MailSamples.SmtpTo(server.Port);
        options.Smtp.Username = TestSmtpServer.User;
        options.Smtp.Password = "salah";

        var results = await SendAsync(new SmtpMailTransport(options), [MailSamples.Permit(1), MailSamples.Permit(2)]);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.IsType<AuthenticationException>(Assert.IsType<MailNotAttemptedException>(r.Error).InnerException));
        Assert.All(results, r => Assert.False(MailFailures.IsPermanent(r.Error!)));
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task SendBatch_ReportsEveryMailFailed_WhenNothingListensOnThePort()
    {
        var options = MailSamples.SmtpTo(TestSmtpServer.FreePort());
        OutgoingMail[] batch = [MailSamples.Permit(1), MailSamples.Permit(2), MailSamples.Permit(3)];

        var results = await SendAsync(new SmtpMailTransport(options), batch);

        Assert.Equal(batch.Select(m => m.MessageId), results.Select(r => r.Mail.MessageId));
        Assert.All(results, r => Assert.IsType<SocketException>(Assert.IsType<MailNotAttemptedException>(r.Error).InnerException));
        Assert.All(results, r => Assert.False(MailFailures.IsPermanent(r.Error!)));
    }

    [Fact]
    public async Task SendBatch_ReportsEveryMailFailed_WhenTheServerNeverAnswers()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        var options = MailSamples.SmtpTo(((IPEndPoint)silent.LocalEndpoint).Port);
        options.Smtp.TimeoutSeconds = 1;

        var results = await SendAsync(new SmtpMailTransport(options), [MailSamples.Permit(1), MailSamples.Permit(2)]);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.IsType<MailNotAttemptedException>(r.Error));
        Assert.All(results, r => Assert.False(MailFailures.IsPermanent(r.Error!)));
        (await accepted).Dispose();
    }

    [Fact]
    public async Task SendBatch_ReportsRefusedRecipientAsPermanent_AndDeliversTheRestOnTheSameConnection()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var refused = MailSamples.Permit(2, localPart: TestSmtpServer.RefusedLocalPart);
        refused = refused with { To = refused.To with { Address = $"{TestSmtpServer.RefusedLocalPart}@contoh.id" } };
        OutgoingMail[] batch = [MailSamples.Permit(1), refused, MailSamples.Permit(3)];

        var results = await SendAsync(new SmtpMailTransport(MailSamples.SmtpTo(server.Port)), batch);

        Assert.Null(results[0].Error);
        var error = Assert.IsType<SmtpCommandException>(results[1].Error);
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, error.ErrorCode);
        Assert.True(MailFailures.IsPermanent(error));
        Assert.Null(results[2].Error);
        Assert.Equal(1, server.Sessions);
        Assert.Equal([batch[0].To.Address, batch[2].To.Address], server.Received.Select(r => r.To.Single()));
    }

    [Fact]
    public async Task SendBatch_ReportsTheRestFailed_WhenTheServerDropsTheConnectionMidBatch()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var dropped = MailSamples.Permit(2) with { To = new MailRecipient($"{TestSmtpServer.ShutdownLocalPart}@contoh.id") };
        OutgoingMail[] batch = [MailSamples.Permit(1), dropped, MailSamples.Permit(3), MailSamples.Permit(4)];

        var results = await SendAsync(new SmtpMailTransport(MailSamples.SmtpTo(server.Port)), batch);

        Assert.Equal(batch.Select(m => m.MessageId), results.Select(r => r.Mail.MessageId));
        Assert.Null(results[0].Error);
        var error = Assert.IsType<SmtpCommandException>(results[1].Error);
        Assert.Equal(SmtpStatusCode.ServiceNotAvailable, error.StatusCode);
        Assert.False(MailFailures.IsPermanent(error));
        Assert.Same(error, Assert.IsType<MailNotAttemptedException>(results[2].Error).InnerException);
        Assert.Same(error, Assert.IsType<MailNotAttemptedException>(results[3].Error).InnerException);
        Assert.Equal(1, server.Sessions);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task SendBatch_Throws_WhenCancelled()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var reported = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SmtpMailTransport(MailSamples.SmtpTo(server.Port))
            .SendBatchAsync([MailSamples.Permit(1)], (_, _) => { reported++; return Task.CompletedTask; }, cancelled.Token));

        Assert.Equal(0, reported);
        Assert.Empty(server.Received);
    }

    [Fact]
    public void Constructor_Refuses_WhenNoHostIsConfigured() =>
        Assert.Throws<ArgumentException>(() => new SmtpMailTransport(new MailOptions()));

    [Theory]
    [InlineData(SmtpSecurity.None, SecureSocketOptions.None)]
    [InlineData(SmtpSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    public void Security_MapsToMailKitSocketOptions(SmtpSecurity security, SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpMailTransport.ToSecureSocketOptions(security));

    internal static async Task<List<(OutgoingMail Mail, Exception? Error)>> SendAsync(
        IMailTransport transport, IReadOnlyList<OutgoingMail> batch)
    {
        var results = new ConcurrentQueue<(OutgoingMail, Exception?)>();
        await transport.SendBatchAsync(batch, (mail, error) =>
        {
            results.Enqueue((mail, error));
            return Task.CompletedTask;
        }, CancellationToken.None);
        return [.. results];
    }

    private static byte[] Decode(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }
}
