namespace Mpp.Workflows.Engine.Mail;

/// <summary>Who a mail goes to: an address and, optionally, the name shown beside it.</summary>
public sealed record MailRecipient(string Address, string? Name = null);
