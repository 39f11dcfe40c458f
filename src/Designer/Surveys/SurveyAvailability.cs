namespace Mpp.Workflows.Designer.Surveys;

/// <summary>An application's survey as its applicant sees it: whether it is open, and for which service.</summary>
internal sealed record SurveyAvailability(SurveyAccess Access, Guid ApplicationId = default, string? Service = null, string? ServiceName = null);
