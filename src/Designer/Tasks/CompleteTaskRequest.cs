namespace Mpp.Workflows.Designer.Tasks;

/// <summary>Body of <c>POST /api/tasks/{id}/complete</c>: one of the task's outcomes, a comment, the task form's fields.</summary>
internal sealed record CompleteTaskRequest(string? Outcome, string? Comment, JsonObject? Fields);
