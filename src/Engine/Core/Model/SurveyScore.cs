namespace Mpp.Workflows.Engine.Model;

/// <summary>
/// The survey result of a set of answers (<see cref="SurveyIndex.Score"/>): each element's mean score (NRR, unrounded, in the
/// order of <see cref="SurveyQuestions.Elements"/>), the IKM rounded to two decimals and its grade (A–D; null without
/// respondents, as is the IKM).
/// </summary>
public sealed record SurveyScore(int Respondents, IReadOnlyList<decimal> ElementMeans, decimal? Ikm, string? Grade);
