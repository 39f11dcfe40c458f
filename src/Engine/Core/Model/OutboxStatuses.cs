namespace Mpp.Workflows.Engine.Model;

/// <summary>Delivery states of an outbox row.</summary>
public static class OutboxStatuses
{
    public const string Pending = "Pending";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
}
