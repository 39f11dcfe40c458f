namespace Mpp.Workflows.Designer.Complaints;

/// <summary>Body of <c>POST /api/complaints/{id}/answer</c>: the answer the complainant reads (at most 4000 characters).</summary>
internal sealed record AnswerComplaintRequest(string? Answer);
