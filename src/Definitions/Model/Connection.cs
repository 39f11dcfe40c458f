namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// A directed edge of the flowchart: when <see cref="Source"/> leaves through its port, <see cref="Target"/> runs.
/// </summary>
/// <example><c>{ "source": { "activity": "start", "port": "Done" }, "target": { "activity": "verify", "port": "In" } }</c></example>
public sealed record Connection(Endpoint Source, Endpoint Target);
