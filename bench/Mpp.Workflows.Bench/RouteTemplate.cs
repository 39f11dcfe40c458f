namespace Mpp.Workflows.Bench;

/// <summary>
/// A route's sample application as the engine wrote it: its applicant and form with the person replaced by placeholders, its
/// registration number's prefix and service code, and its rows at every step (<see cref="Stages"/>: one per open step, the last
/// one completed).
/// </summary>
internal sealed record RouteTemplate(
    string DefinitionId,
    int Version,
    string Prefix,
    string ServiceCode,
    string ApplicantJson,
    string DataJson,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<RouteStage> Stages);
