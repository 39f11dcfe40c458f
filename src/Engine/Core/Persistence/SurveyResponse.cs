namespace Mpp.Workflows.Engine.Persistence;

/// <summary>
/// One anonymous survey answer as stored: the service (route id) and the month it was given (<c>yyyy-MM</c>), the nine scores
/// in the order of <see cref="Model.SurveyQuestions.Elements"/>, the optional profile codes and comment. It names no
/// application and no person.
/// </summary>
public sealed record SurveyResponse(
    string Service,
    string Period,
    IReadOnlyList<int> Scores,
    string? Sex,
    string? AgeGroup,
    string? Education,
    string? Occupation,
    string? Comment);
