namespace Mpp.Workflows.Definitions.Model;

/// <summary>
/// One version of a workflow definition in Elsa 3's shape: identity, version flags, the application form, the service
/// standard and the flowchart.
/// </summary>
/// <example>
/// <c>{ "schemaVersion": 1, "id": "sip-dokter-v3", "definitionId": "sip-dokter", "name": "Surat Izin Praktik Dokter", "version": 3,
/// "isLatest": true, "isPublished": true, "inputs": [ … ], "options": { … }, "root": { "type": "Elsa.Flowchart", … } }</c>
/// </example>
/// <param name="Id">Id of this version.</param>
/// <param name="DefinitionId">Stable id shared by all versions, e.g. <c>sip-dokter</c>.</param>
/// <param name="Name">Display name of the service.</param>
/// <param name="Description">What the route is for.</param>
/// <param name="Version">1-based version number.</param>
/// <param name="IsLatest">Whether this is the newest version (draft or published).</param>
/// <param name="IsPublished">Whether new applications start on this version.</param>
/// <param name="Inputs">The application form.</param>
/// <param name="Options">The service standard.</param>
/// <param name="Root">The flowchart.</param>
/// <param name="SchemaVersion">Version of this JSON format; readers refuse newer versions than they know.</param>
public sealed record WorkflowDefinition(
    string Id,
    string DefinitionId,
    string Name,
    string? Description,
    int Version,
    bool IsLatest,
    bool IsPublished,
    IReadOnlyList<FieldDefinition> Inputs,
    DefinitionOptions Options,
    Flowchart Root,
    int SchemaVersion = WorkflowDefinition.CurrentSchemaVersion)
{
    /// <summary>The schema version this code writes and understands.</summary>
    public const int CurrentSchemaVersion = 1;
}
