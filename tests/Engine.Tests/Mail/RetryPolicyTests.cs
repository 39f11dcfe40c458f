using Mpp.Workflows.Engine.Email;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(7, 1920)]
    public void NextAttempt_DoublesTheBaseDelay_WithinTwentyPercent(int attemptsSoFar, int expectedSeconds)
    {
        var options = new MailOptions();

        for (var sample = 0; sample < 200; sample++)
        {
            var delay = (RetryPolicy.NextAttempt(attemptsSoFar, Now, options)!.Value - Now).TotalSeconds;
            Assert.InRange(delay, expectedSeconds * 0.8, expectedSeconds * 1.2);
        }
    }

    [Fact]
    public void NextAttempt_Jitters_SoMailsFailedTogetherDoNotRetryTogether()
    {
        var delays = Enumerable.Range(0, 50).Select(_ => RetryPolicy.NextAttempt(3, Now, new MailOptions())).Distinct().Count();

        Assert.True(delays > 40, $"{delays} distinct delays out of 50");
    }

    [Fact]
    public void NextAttempt_NeverWaitsMoreThanAnHour()
    {
        var options = new MailOptions { MaxAttempts = 1000 };

        foreach (var attempts in new[] { 8, 9, 30, 64, 999 })
        {
            var delay = RetryPolicy.NextAttempt(attempts, Now, options)!.Value - Now;
            Assert.InRange(delay, TimeSpan.FromMinutes(48), TimeSpan.FromHours(1));
        }
    }

    [Fact]
    public void NextAttempt_GivesUp_OnceMaxAttemptsAreUsed()
    {
        var options = new MailOptions { MaxAttempts = 3 };

        Assert.NotNull(RetryPolicy.NextAttempt(2, Now, options));
        Assert.Null(RetryPolicy.NextAttempt(3, Now, options));
        Assert.Null(RetryPolicy.NextAttempt(4, Now, options));
    }

    [Fact]
    public void NextAttempt_UsesTheConfiguredBaseDelay()
    {
        var delay = RetryPolicy.NextAttempt(2, Now, new MailOptions { BaseRetryDelay = TimeSpan.FromMinutes(5) })!.Value - Now;

        Assert.InRange(delay, TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(12));
    }

    [Fact]
    public void NextAttempt_Refuses_BeforeAnyAttempt() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPolicy.NextAttempt(0, Now, new MailOptions()));

    public static TheoryData<Exception, bool> Failures => new()
    {
        { Command(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable), true },
        { Command(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxNameNotAllowed), true },
        { Command(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation), true },
        { Command(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy), false },
        { Command(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage), false },
        { Command(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable), false },
        { Command(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable), false },
        { new SocketException((int)SocketError.ConnectionRefused), false },
        { new TimeoutException(), false },
        { new IOException("connection reset"), false },
        { new SmtpProtocolException("unexpected end of stream"), false },
        { new ParseException("bad address", 0, 0), true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsPermanent_OnlyForRefusedRecipientsOrMessagesAndMalformedMail(Exception failure, bool permanent) =>
        Assert.Equal(permanent, MailFailures.IsPermanent(failure));

    private static SmtpCommandException Command(SmtpErrorCode error, SmtpStatusCode status) =>
        new(error, status, new MailboxAddress("", "pemohon@contoh.id"), $"{(int)status} refused");
}
