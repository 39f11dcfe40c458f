using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary>
/// <c>Mpp.ApplicantRevision</c>: the file goes back to the applicant with reasons and every clock pauses. It leaves through
/// <c>Resubmitted</c> when the applicant sends the corrected file, or through <c>Expired</c> after
/// <c>expiresAfterDays</c> working days without one.
/// </summary>
public sealed class ApplicantRevisionActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new(
        ActivityTypes.ApplicantRevision,
        "Perbaikan oleh pemohon",
        "Tugas",
        "Berkas dikembalikan kepada pemohon beserta alasannya; semua jam waktu berhenti sampai berkas diajukan ulang.",
        [
            new InputDescriptor("reasons", "String", "Alasan perbaikan", "MultiLine", Required: false,
                Description: "Alasan yang dikirim kepada pemohon; kosong berarti catatan petugas pada tugas sebelumnya.",
                Syntaxes: [ExpressionType.Literal, ExpressionType.JavaScript]),
            new InputDescriptor("expiresAfterDays", "Int32", "Batas perbaikan (hari kerja)", "Number", Required: false,
                Description: "Tanpa pengajuan ulang selama sekian hari kerja, alur berlanjut melalui port Kedaluwarsa; " +
                    "kosong berarti menunggu tanpa batas."),
        ],
        [new PortDescriptor(PortNames.Resubmitted, "Diajukan ulang"), new PortDescriptor(PortNames.Expired, "Kedaluwarsa")],
        IsWaitState: true);

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
