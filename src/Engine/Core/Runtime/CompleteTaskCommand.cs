namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A decision on a task: one of its outcomes, a comment, and the task form's fields.</summary>
public sealed record CompleteTaskCommand(string Outcome, string? Comment, JsonObject? Fields, string? IdempotencyKey = null);
