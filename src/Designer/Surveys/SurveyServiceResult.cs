namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// The result of one service (or of all, <see cref="Service"/> null): respondents, each element's mean, the IKM to two
/// decimals and its grade (A–D) with the regulation's name for it; IKM and grade are null without respondents.
/// </summary>
internal sealed record SurveyServiceResult(
    string? Service,
    string ServiceName,
    int Respondents,
    IReadOnlyList<SurveyElementResult> Elements,
    decimal? Ikm,
    string? Grade,
    string? GradeName);
