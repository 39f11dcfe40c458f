namespace Mpp.Workflows.Engine.Runtime;

/// <summary>A step the file is currently at, by office.</summary>
public sealed record TrackingStepView(string ActivityId, string Title, string Office, DateTimeOffset? DueAt);
