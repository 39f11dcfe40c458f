namespace Mpp.Workflows.Designer.Surveys;

/// <summary><c>GET /api/survey/{registrationNumber}?token=…</c>: <c>Open</c>, <c>Answered</c> or <c>NotYet</c>, and the service's name.</summary>
internal sealed record SurveyState(string Status, string? ServiceName);
