namespace Mpp.Workflows.Designer.Surveys;

/// <summary>What became of a survey answer: saved, or why not (<see cref="Errors"/> per field when it was invalid).</summary>
internal sealed record SurveySubmitResult(SurveyAccess Access, bool Saved, IReadOnlyDictionary<string, string[]>? Errors = null);
