namespace Mpp.Workflows.Engine.Persistence;

/// <summary>A free comment of a survey answer, with only its service and month.</summary>
public sealed record SurveyComment(string Service, string Period, string Comment);
