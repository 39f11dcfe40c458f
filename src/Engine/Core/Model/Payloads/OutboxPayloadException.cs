namespace Mpp.Workflows.Engine.Model.Payloads;

/// <summary>
/// A stored outbox payload this build cannot read: unknown kind, template or schema version, or JSON that does not fit its
/// record. Retrying cannot help, so the dispatcher fails the row at once with <see cref="Exception.Message"/>.
/// </summary>
public sealed class OutboxPayloadException : Exception
{
    public OutboxPayloadException()
    {
    }

    public OutboxPayloadException(string message)
        : base(message)
    {
    }

    public OutboxPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
