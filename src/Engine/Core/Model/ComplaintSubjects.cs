namespace Mpp.Workflows.Engine.Model;

/// <summary>What a complaint is about: one application (proved with its tracking token) or a service as a whole (with contact details).</summary>
public static class ComplaintSubjects
{
    public const string Application = "Application";
    public const string Service = "Service";
}
