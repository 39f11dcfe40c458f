namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// The body of <c>POST /api/survey/{registrationNumber}?token=…</c>: a score 1–4 for each of the nine elements, keyed by
/// element code (<c>requirements</c>, <c>procedure</c>, <c>time</c>, <c>cost</c>, <c>product</c>, <c>competence</c>,
/// <c>behaviour</c>, <c>complaints</c>, <c>facilities</c>), and optionally profile codes and a comment.
/// </summary>
internal sealed record SurveyAnswer(
    // The web defaults read "4" as 4; a score is a JSON integer, so a quoted one is malformed input (400).
    [property: JsonNumberHandling(JsonNumberHandling.Strict)] IReadOnlyDictionary<string, int>? Scores,
    string? Sex = null,
    string? AgeGroup = null,
    string? Education = null,
    string? Occupation = null,
    string? Comment = null);
