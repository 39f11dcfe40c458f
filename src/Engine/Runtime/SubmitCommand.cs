using System.Text.Json.Nodes;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A new application for the published version of <see cref="DefinitionId"/>.</summary>
public sealed record SubmitCommand(string DefinitionId, Applicant Applicant, JsonObject Data, string? IdempotencyKey, Actor Actor);
