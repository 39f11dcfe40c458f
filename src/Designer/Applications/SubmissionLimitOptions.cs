namespace Mpp.Workflows.Designer.Applications;

/// <summary>
/// How many anonymous applications one client address may send (configuration section <c>Submissions</c>): up to
/// <see cref="PermitsPerAddress"/> at once, refilled evenly over <see cref="Window"/>. The default suits a self-service
/// kiosk in the MPP hall, where every citizen shares one address. Signed-in staff (a front office filing for walk-ins) are
/// not limited.
/// </summary>
internal sealed class SubmissionLimitOptions
{
    public const string Section = "Submissions";

    public int PermitsPerAddress { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
