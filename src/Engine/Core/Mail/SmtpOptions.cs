namespace Mpp.Workflows.Engine.Mail;

/// <summary>SMTP relay settings from configuration section <c>Mail:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    /// <summary>Relay host name; when empty mail goes to the pickup directory instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>When set, the transport authenticates once per connection with this user and <see cref="Password"/>.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Limit for connecting and for each command; a relay that hangs must not hold the delivery job forever.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
