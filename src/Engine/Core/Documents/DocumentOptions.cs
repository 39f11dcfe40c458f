namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Settings of issued documents from configuration section <c>Documents</c> (the letterhead is its own section,
/// <see cref="Letterhead"/>); <see cref="PublicBaseUrl"/> comes from the top-level key <c>PublicBaseUrl</c>.
/// </summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>Where citizens reach the host, e.g. <c>https://mpp.pemalangkab.go.id</c>: QR codes and mail links start with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Folder of the per-route permit templates (<c>workflows/templates</c>).</summary>
    public string TemplatesDirectory { get; set; } = "workflows/templates";

    /// <summary>Office code in permit and refusal letter numbers (see <see cref="DocumentNumbers"/>).</summary>
    public string IssuingOffice { get; set; } = "DPMPTSP";

    /// <summary>The official printed under permits and refusal letters.</summary>
    public SignatoryOptions Signer { get; set; } = new();

    /// <summary>
    /// How many calendar days before a permit's last day of validity its holder is mailed a reminder with a link to renew it
    /// (<see cref="PermitExpiryReminderJob"/>); 0 sends none. Default 60.
    /// </summary>
    public int ExpiryReminderDays { get; set; } = 60;

    /// <summary>
    /// How many calendar days after a permit's last day of validity its renewal link still prefills the renewal form
    /// (<see cref="PermitRenewals.PrefillAsync"/>); later the link is refused like a wrong one. Default 90.
    /// </summary>
    public int RenewalLinkGraceDays { get; set; } = 90;

    /// <summary><see cref="PublicBaseUrl"/> without a trailing slash.</summary>
    public string BaseUrl => PublicBaseUrl.TrimEnd('/');

    /// <summary>
    /// The public verification page of a document; the QR code on a permit or refusal letter points at it with the
    /// document's check code, which opens the full record.
    /// </summary>
    public string VerificationUrl(string number, string? checkCode = null) =>
        checkCode is null
            ? $"{BaseUrl}/verify/{number}"
            : $"{BaseUrl}/verify/{number}?code={Uri.EscapeDataString(checkCode)}";

    /// <summary>The satisfaction survey of one application, opened with the applicant's tracking token.</summary>
    public string SurveyUrl(string registrationNumber, string token) =>
        $"{BaseUrl}/survei/{Uri.EscapeDataString(registrationNumber)}?token={Uri.EscapeDataString(token)}";

    /// <summary>The applicant's tracking page; with the token it opens without asking for it.</summary>
    public string TrackingUrl(string registrationNumber, string? token) =>
        token is null
            ? $"{BaseUrl}/track/{Uri.EscapeDataString(registrationNumber)}"
            : $"{BaseUrl}/track/{Uri.EscapeDataString(registrationNumber)}?token={Uri.EscapeDataString(token)}";
}
