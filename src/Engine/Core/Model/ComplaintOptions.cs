namespace Mpp.Workflows.Engine.Model;

/// <summary>Complaint settings from configuration section <c>Complaints</c>.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>Working days an office has to answer a complaint, counted on the office's working-day calendar (default 5).</summary>
    public int ResponseDays { get; set; } = 5;

    /// <summary>
    /// The office that also sees a complaint once it is overdue, and that answers complaints about a service nobody else
    /// handles: the MPP's manager (default <c>DPMPTSP</c>).
    /// </summary>
    public string EscalationOffice { get; set; } = "DPMPTSP";

    /// <summary>
    /// The most acknowledgements mailed to one address a complainant typed (not verified) within 24 hours (default 3): past it
    /// the complaint is still filed and followed by its link, but the mall sends no more mail someone else may have asked for.
    /// </summary>
    public int AcknowledgementsPerAddressPerDay { get; set; } = 3;
}
