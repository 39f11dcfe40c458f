using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// <c>Mpp.ApplicantRevision</c>: the file goes back to the applicant with reasons and every clock pauses. It leaves through
/// <c>Resubmitted</c> when the applicant sends the corrected file, or through <c>Expired</c> after
/// <c>expiresAfterDays</c> working days without one.
/// </summary>
public sealed class ApplicantRevisionActivity() : ActivityType(ActivityTypes.ApplicantRevision)
{
    /// <summary>
    /// <c>Expired</c> fires only when <c>expiresAfterDays</c> is set; without it the revision waits for the applicant
    /// indefinitely, so the port may stay unconnected. With it, an unconnected <c>Expired</c> would strand the file.
    /// </summary>
    public override bool IsPortRequired(ActivityNode node, string port)
    {
        ArgumentNullException.ThrowIfNull(node);
        return !string.Equals(port, PortNames.Expired, StringComparison.OrdinalIgnoreCase) || !InputChecks.IsMissing(node, "expiresAfterDays");
    }

    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        InputChecks.CheckText(node, "reasons", path, context);

        InputChecks.CheckWholeNumber(node, "expiresAfterDays", 1, path, context);
    }

    /// <summary>Working days the applicant has to resubmit; null for no limit.</summary>
    public static int? ReadExpiresAfterDays(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.GetLiteralInt("expiresAfterDays") is > 0 and var days ? days : null;
    }
}
