namespace Mpp.Workflows.Engine.Persistence;

/// <summary>The answers of one service in a period range: how many, and the sum of the scores of each element (U1–U9).</summary>
public sealed record SurveyTotals(string Service, int Respondents, IReadOnlyList<long> Sums);
