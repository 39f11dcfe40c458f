namespace Mpp.Workflows.Designer.Surveys;

/// <summary>One element's mean score (NRR, 1–4, rounded to two decimals; null without respondents) and its name.</summary>
internal sealed record SurveyElementResult(string Element, string Name, decimal? Mean);
