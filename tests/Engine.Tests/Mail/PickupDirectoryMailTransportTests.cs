using MimeKit;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class PickupDirectoryMailTransportTests : IDisposable
{
    private readonly string root;
    private readonly string directory;

    public PickupDirectoryMailTransportTests()
    {
        root = Path.Combine(Path.GetTempPath(), "mpp-mail-" + Guid.NewGuid().ToString("N"));
        directory = Path.Combine(root, "mail");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task SendBatch_WritesOneParseableEmlPerMail_NamedByMessageId()
    {
        var transport = new PickupDirectoryMailTransport(new MailOptions(), directory);
        OutgoingMail[] batch = [MailSamples.Permit(1), MailSamples.Permit(2), MailSamples.Permit(3)];

        var results = await SmtpMailTransportTests.SendAsync(transport, batch);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(3, Directory.GetFiles(directory).Length);
        foreach (var mail in batch)
        {
            var path = Path.Combine(directory, PickupDirectoryMailTransport.FileNameFor(mail.MessageId));
            using var message = await MimeMessage.LoadAsync(path);
            Assert.Equal(mail.MessageId, "<" + message.MessageId + ">");
            Assert.Equal(mail.Subject, message.Subject);
            Assert.Equal(mail.TextBody, message.TextBody);
            Assert.Equal(mail.HtmlBody, message.HtmlBody);
            var pdf = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
            using var bytes = new MemoryStream();
            await pdf.Content!.DecodeToAsync(bytes);
            Assert.Equal(MailSamples.Sha256(mail.Attachments[0].Content), MailSamples.Sha256(bytes.ToArray()));
        }
    }

    [Fact]
    public async Task SendBatch_OverwritesTheSameFile_WhenAMessageIdIsWrittenTwice()
    {
        var transport = new PickupDirectoryMailTransport(new MailOptions(), directory);
        var first = MailSamples.Permit(1);
        var retry = first with { Subject = "Izin Anda telah terbit (dikirim ulang)" };

        await SmtpMailTransportTests.SendAsync(transport, [first]);
        var results = await SmtpMailTransportTests.SendAsync(transport, [retry]);

        Assert.Null(Assert.Single(results).Error);
        var file = Assert.Single(Directory.GetFiles(directory));
        Assert.Equal(PickupDirectoryMailTransport.FileNameFor(first.MessageId), Path.GetFileName(file));
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(retry.Subject, message.Subject);
    }

    [Fact]
    public async Task SendBatch_ReportsTheFailingMail_AndWritesTheOthers_LeavingNoTemporaryFile()
    {
        var transport = new PickupDirectoryMailTransport(new MailOptions(), directory);
        var broken = MailSamples.Permit(2) with { To = new MailRecipient("bukan alamat email") };

        var results = await SmtpMailTransportTests.SendAsync(transport, [MailSamples.Permit(1), broken, MailSamples.Permit(3)]);

        Assert.Null(results[0].Error);
        Assert.True(MailFailures.IsPermanent(results[1].Error!));
        Assert.Null(results[2].Error);
        Assert.Equal(2, Directory.GetFiles(directory).Length);
        Assert.All(Directory.GetFiles(directory), f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendBatch_ReportsEveryMailFailed_WhenTheDirectoryCannotBeCreated()
    {
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(directory, "a file where the directory should be");
        var transport = new PickupDirectoryMailTransport(new MailOptions(), directory);

        var results = await SmtpMailTransportTests.SendAsync(transport, [MailSamples.Permit(1), MailSamples.Permit(2)]);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.IsAssignableFrom<IOException>(r.Error));
        Assert.All(results, r => Assert.False(MailFailures.IsPermanent(r.Error!)));
    }

    [Theory]
    [InlineData("<0f8fad5bd9cb469fa16570867728950e@mpp.local>", "0f8fad5bd9cb469fa16570867728950e@mpp.local.eml")]
    [InlineData("<../../etc/passwd@x>", ".._.._etc_passwd@x.eml")]
    [InlineData("<a/b\\c:d*e@x>", "a_b_c_d_e@x.eml")]
    public void FileNameFor_KeepsOnlySafeCharacters(string messageId, string expected) =>
        Assert.Equal(expected, PickupDirectoryMailTransport.FileNameFor(messageId));
}
