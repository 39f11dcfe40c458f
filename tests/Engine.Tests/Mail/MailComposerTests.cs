using MimeKit;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class MailComposerTests
{
    // multipart/mixed
    // ├── multipart/alternative
    // │   ├── text/plain; charset=utf-8
    // │   └── text/html; charset=utf-8
    // └── application/pdf (base64, attachment)
    [Fact]
    public void Compose_NestsAlternativeBodiesBesideBase64Attachment()
    {
        var mail = MailSamples.Permit(1);

        using var message = MailComposer.Compose(mail, new MailOptions());

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.Equal(2, mixed.Count);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        var plain = Assert.IsType<TextPart>(alternative[0]);
        var html = Assert.IsType<TextPart>(alternative[1]);
        Assert.True(plain.IsPlain);
        Assert.True(html.IsHtml);
        Assert.Equal("utf-8", plain.ContentType.Charset);
        Assert.Equal("utf-8", html.ContentType.Charset);
        var pdf = Assert.IsType<MimePart>(mixed[1]);
        Assert.Equal(ContentEncoding.Base64, pdf.ContentTransferEncoding);
        Assert.True(pdf.IsAttachment);
        Assert.Equal("izin-503-SIP-2026-001.pdf", pdf.FileName);
    }

    [Fact]
    public void Compose_SetsHeadersFromTheMailAndOptions()
    {
        var outboxRow = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var mail = OutgoingMail.Create(
            outboxRow,
            MailSamples.QueuedAt,
            new MailRecipient("budi@contoh.id", "Budi Santoso"),
            new MailContent("Subjek", "Teks", "<p>Teks</p>"));

        using var message = MailComposer.Compose(mail, new MailOptions());

        Assert.Equal("0f8fad5bd9cb469fa16570867728950e@mpp.local", message.MessageId);
        Assert.Equal(MailSamples.QueuedAt, message.Date);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal("no-reply@dpmptsp.local", from.Address);
        Assert.Equal("DPMPTSP — Mal Pelayanan Publik", from.Name);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal(("budi@contoh.id", "Budi Santoso"), (to.Address, to.Name));
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void Compose_KeepsIndonesianTextIntact_ThroughWireFormat()
    {
        var content = new MailContent(
            "Permohonan 503/2026/000123 — Izin Reklame “Toko Sejahtera”",
            "Yth. Bapak/Ibu, permohonan Anda sudah diterima. Terima kasih — salam hormat.",
            "<p>Yth. Bapak/Ibu — “Toko Sejahtera”</p>");
        var mail = OutgoingMail.Create(
            Guid.NewGuid(), MailSamples.QueuedAt, new MailRecipient("pemohon@contoh.id", "Ni Luh Putu Ayu"), content);

        using var message = MailComposer.Compose(mail, new MailOptions());
        using var wire = new MemoryStream();
        message.WriteTo(wire);
        wire.Position = 0;
        using var parsed = MimeMessage.Load(wire);

        Assert.True(wire.ToArray().All(b => b < 128), "the wire form is 7-bit: encoded words and quoted-printable");
        Assert.Equal(content.Subject, parsed.Subject);
        Assert.Equal(content.TextBody, parsed.TextBody);
        Assert.Equal(content.HtmlBody, parsed.HtmlBody);
        Assert.Equal("DPMPTSP — Mal Pelayanan Publik", parsed.From.Mailboxes.Single().Name);
    }

    [Fact]
    public void Compose_SendsTextOnly_WhenThereIsNoHtml()
    {
        var mail = MailSamples.Permit(1) with { HtmlBody = null, Attachments = [] };

        using var message = MailComposer.Compose(mail, new MailOptions());

        var text = Assert.IsType<TextPart>(message.Body);
        Assert.True(text.IsPlain);
        Assert.Equal(mail.TextBody, text.Text);
    }

    [Fact]
    public void Create_DerivesTheSameMessageId_ForTheSameOutboxRow()
    {
        var row = Guid.NewGuid();
        var content = new MailContent("S", "T", "H");

        var first = OutgoingMail.Create(row, MailSamples.QueuedAt, new MailRecipient("a@contoh.id"), content);
        var retry = OutgoingMail.Create(row, MailSamples.QueuedAt.AddHours(1), new MailRecipient("a@contoh.id"), content);

        Assert.Equal(first.MessageId, retry.MessageId);
        var other = OutgoingMail.Create(Guid.NewGuid(), MailSamples.QueuedAt, new MailRecipient("a@contoh.id"), content);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.Equal($"<{row:N}@mpp.local>", first.MessageId);
    }

    [Theory]
    [InlineData("tanpa-kurung@mpp.local")]
    [InlineData("<tanpa-at>")]
    [InlineData("<dua@at@mpp.local>")]
    [InlineData("<ada spasi@mpp.local>")]
    [InlineData("<>")]
    public void Compose_RefusesMalformedMessageId(string messageId)
    {
        var mail = MailSamples.Permit(1) with { MessageId = messageId };

        var error = Assert.Throws<ArgumentException>(() => MailComposer.Compose(mail, new MailOptions()));

        Assert.True(MailFailures.IsPermanent(error));
    }

    [Fact]
    public void Compose_RefusesMalformedRecipient_AsPermanentFailure()
    {
        var mail = MailSamples.Permit(1) with { To = new MailRecipient("bukan alamat email") };

        var error = Assert.ThrowsAny<Exception>(() => MailComposer.Compose(mail, new MailOptions()));

        Assert.True(MailFailures.IsPermanent(error));
    }
}
