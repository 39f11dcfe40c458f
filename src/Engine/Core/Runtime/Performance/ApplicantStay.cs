namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A stay of a file with the applicant: from the return to the resubmission, expiry or end (null while it lasts).</summary>
internal sealed class ApplicantStay(DateTimeOffset from)
{
    public DateTimeOffset From { get; } = from;

    public DateTimeOffset? Until { get; set; }
}
