namespace Mpp.Workflows.Engine.Model;

/// <summary>Engine settings from configuration section <c>Engine</c>.</summary>
public sealed class EngineOptions
{
    /// <summary>First part of registration numbers (see <see cref="RegistrationNumbers"/>).</summary>
    public string RegistrationPrefix { get; set; } = "503";

    /// <summary>
    /// Time zone whose calendar year numbers registrations; also the zone of the statutory clock and of revision deadlines,
    /// and of offices that name none.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>Local opening time of offices (<c>HH:mm</c>).</summary>
    public string OfficeOpens { get; set; } = "08:00";

    /// <summary>Local closing time of offices (<c>HH:mm</c>): a deadline falls due at this time of its last working day.</summary>
    public string OfficeCloses { get; set; } = "16:00";

    /// <summary>The office whose head is told when a statutory deadline passes under <c>Notify</c>.</summary>
    public string AuthorityOffice { get; set; } = "DPMPTSP";

    /// <summary>The largest file an applicant may upload for a <c>File</c> input, in bytes (default 5 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;
}
