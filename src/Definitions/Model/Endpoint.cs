namespace Mpp.Workflows.Definitions.Model;

/// <summary>One end of a connection: an activity and one of its ports.</summary>
/// <example><c>{ "activity": "verify", "port": "Terverifikasi" }</c></example>
public sealed record Endpoint(string Activity, string Port);
