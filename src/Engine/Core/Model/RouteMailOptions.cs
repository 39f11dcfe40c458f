namespace Mpp.Workflows.Engine.Model;

/// <summary>The mails routes send (configuration section <c>Engine:Mail</c>); see <c>RouteMailPolicy</c>.</summary>
public sealed class RouteMailOptions
{
    /// <summary>
    /// Domains (e.g. <c>pemkab.go.id</c>) whose addresses an <c>Mpp.SendEmail</c> step may write to besides the applicant, each
    /// matched exactly (a subdomain is listed on its own). Empty (the default): route mails go to the applicant only.
    /// </summary>
    public IReadOnlyList<string> AllowedRecipientDomains { get; set; } = [];
}
