namespace Mpp.Workflows.Engine.Mail;

/// <summary>How the SMTP connection is protected (configuration key <c>Mail:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; only for a relay on the same host or a test server.</summary>
    None,

    /// <summary>Connect in plain text and upgrade with STARTTLS; the send fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}
