namespace Mpp.Workflows.Engine.Model;

/// <summary>What a <see cref="WorkingClock"/> measures.</summary>
public static class ClockKinds
{
    /// <summary>The authority's legal deadline after the file is complete (fiktif positif); pauses while with the applicant.</summary>
    public const string Statutory = "Statutory";

    /// <summary>A human task's SLA (<c>slaDays</c>); pauses while the file is with the applicant.</summary>
    public const string Task = "Task";

    /// <summary>The applicant's time to resubmit (<c>expiresAfterDays</c>); runs while the file is with them.</summary>
    public const string Revision = "Revision";
}
