namespace Mpp.Workflows.Designer.Applications;

/// <summary>Body of <c>POST /api/applications</c>; <see cref="Data"/> is checked against the published form.</summary>
internal sealed record SubmitRequest(string? DefinitionId, Applicant? Applicant, JsonObject? Data);
