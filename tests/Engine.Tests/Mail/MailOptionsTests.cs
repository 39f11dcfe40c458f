using Microsoft.Extensions.Configuration;
using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Tests.Mail;

public sealed class MailOptionsTests
{
    [Fact]
    public void Defaults_SendToPickupDirectory_WithStartTlsReadyForSmtp()
    {
        var options = new MailOptions();

        Assert.False(options.IsSmtpConfigured);
        Assert.Equal("no-reply@dpmptsp.local", options.From);
        Assert.Equal("DPMPTSP — Mal Pelayanan Publik", options.FromName);
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(SmtpSecurity.StartTls, options.Smtp.Security);
        Assert.Equal(8, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), options.BaseRetryDelay);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "mail")), options.ResolvePickupDirectory("data"));
    }

    [Fact]
    public void Bind_ReadsTheMailSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:From"] = "layanan@dpmptsp.pemalangkab.go.id",
            ["Mail:Smtp:Host"] = "smtp.pemalangkab.go.id",
            ["Mail:Smtp:Port"] = "465",
            ["Mail:Smtp:Security"] = "SslOnConnect",
            ["Mail:Smtp:Username"] = "mpp",
            ["Mail:PickupDirectory"] = "/var/spool/mpp",
            ["Mail:BaseRetryDelay"] = "00:01:00",
        }).Build();

        var options = configuration.GetSection(MailOptions.SectionName).Get<MailOptions>()!;

        Assert.True(options.IsSmtpConfigured);
        Assert.Equal("layanan@dpmptsp.pemalangkab.go.id", options.From);
        Assert.Equal(465, options.Smtp.Port);
        Assert.Equal(SmtpSecurity.SslOnConnect, options.Smtp.Security);
        Assert.Equal("mpp", options.Smtp.Username);
        Assert.Equal(TimeSpan.FromMinutes(1), options.BaseRetryDelay);
        Assert.Equal("/var/spool/mpp", options.ResolvePickupDirectory("/srv/mpp/data"));
    }
}
