namespace Mpp.Workflows.Designer.Surveys;

/// <summary>
/// <c>GET /api/survey/results</c>: the months covered (<c>yyyy-MM</c>, both included), the result over every answer of the
/// selection and the result per service.
/// </summary>
internal sealed record SurveyResults(string From, string To, SurveyServiceResult Overall, IReadOnlyList<SurveyServiceResult> Services);
