using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Tests.Mail;
using Mpp.Workflows.Testing.Mail;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// The mail server away for an hour and more, then back: every waiting mail is delivered, oldest first, and none has used
/// up its attempts meanwhile. A real SMTP server on loopback, stopped and started again on its port; the dispatcher's clock
/// is moved ten minutes per pass.
/// </summary>
public sealed class MailServerOutageTests(OutboxTestBed bed) : IClassFixture<OutboxTestBed>
{
    [Fact]
    public async Task ServerDownForEightyMinutes_ThenBack_EveryMailDelivered_OldestFirst_NoAttemptUsed()
    {
        await using var server = await TestSmtpServer.StartAsync();
        await server.StopAsync();
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var dispatcher = bed.Dispatcher(new SmtpMailTransport(MailSamples.SmtpTo(server.Port)), clock);

        var queued = new List<(Guid Row, string To)>();
        for (var i = 1; i <= 4; i++)
        {
            var to = $"urut{i}@dpmptsp.local";
            queued.Add((await bed.EnqueueMailAsync(clock.GetUtcNow().AddMinutes(-10 + i), to), to));
        }

        for (var pass = 0; pass < 8; pass++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            if (pass == 3)
            {
                // A mail queued during the outage goes after those queued before it.
                queued.Add((await bed.EnqueueMailAsync(clock.GetUtcNow(), "urut5@dpmptsp.local"), "urut5@dpmptsp.local"));
            }

            clock.Advance(TimeSpan.FromMinutes(10));
        }

        foreach (var (row, _) in queued)
        {
            var waiting = await bed.RowAsync(row);
            Assert.Equal((OutboxStatuses.Pending, 0), (waiting.Status, waiting.Attempts));
            Assert.Contains("could not take the mail", waiting.LastError, StringComparison.Ordinal);
        }

        await server.StartAgainAsync();
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        foreach (var (row, _) in queued)
        {
            var sent = await bed.RowAsync(row);
            Assert.Equal((OutboxStatuses.Sent, 1, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
        }

        Assert.Equal(queued.Select(q => q.To), server.Received.Select(r => r.To.Single()));
    }
}
