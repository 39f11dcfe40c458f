namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// A service's <i>standar pelayanan</i> (PermenPANRB 15/2014: requirements; system, mechanism and procedure; completion
/// time; cost; product; complaint handling; with its legal basis) as one published route version states it. Built from the
/// stored version on demand, so the standard cannot drift from what runs; the page, the API and the signed PDF show this.
/// </summary>
/// <param name="DefinitionId">The route, e.g. <c>sip-dokter</c>.</param>
/// <param name="Version">The published version the standard describes.</param>
/// <param name="ServiceName">The service as citizens know it.</param>
/// <param name="ServiceCode">The code in registration numbers, e.g. <c>SIP</c>; null when the route has none.</param>
/// <param name="Description">What the service is for; null when the route says nothing.</param>
/// <param name="PublishedAt">When this version was published: the standard is in force from then until the next version.</param>
/// <param name="LegalBasis">The regulations the service rests on.</param>
/// <param name="Requirements">The documents to upload or bring, then the form's files no requirement names.</param>
/// <param name="FormFields">What the application form asks, by label (the applicant's identity included).</param>
/// <param name="Steps">The procedure: the main path's steps, numbered from 1.</param>
/// <param name="CompletionDays">The working days the main path's task deadlines add up to.</param>
/// <param name="ServiceDays">The processing time the route promises applicants (<c>slaDays</c>); null when unset.</param>
/// <param name="StatutoryDays">The days the law allows after the file is complete; null when unset.</param>
/// <param name="DeemedApproval">Whether a missed statutory deadline grants the application (fiktif positif).</param>
/// <param name="Fee">The fee; null when the route states none.</param>
/// <param name="Products">The documents the route issues.</param>
/// <param name="PermitValidityYears">How long a permit is valid; null or 0 for no expiry.</param>
/// <param name="ComplaintChannels">Where to complain.</param>
/// <param name="Diagram">The route as the designer lays it out.</param>
public sealed record ServiceStandardContent(
    string DefinitionId,
    int Version,
    string ServiceName,
    string? ServiceCode,
    string? Description,
    DateTimeOffset PublishedAt,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<StandardRequirement> Requirements,
    IReadOnlyList<string> FormFields,
    IReadOnlyList<StandardStep> Steps,
    int CompletionDays,
    int? ServiceDays,
    int? StatutoryDays,
    bool DeemedApproval,
    FeeInfo? Fee,
    IReadOnlyList<StandardProduct> Products,
    int? PermitValidityYears,
    IReadOnlyList<StandardChannel> ComplaintChannels,
    StandardDiagram Diagram)
{
    /// <summary>Every published version of the route, ascending, so a reader can open the standards that were in force before.</summary>
    public IReadOnlyList<int> PublishedVersions { get; init; } = [];

    /// <summary>When a newer published version took this one's place; null while this version is in force.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>
    /// The completion time the standard publishes, from submission: the service time the receipt promises, or the main path's
    /// deadlines when the route sets none. The statutory days are not it: they count from the day the file is complete.
    /// </summary>
    public int PromisedDays => ServiceDays ?? CompletionDays;
}
