namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Body of <c>POST /api/definitions</c>: a new route, blank (start → one task → end), a copy of the latest version of
/// <see cref="CopyFrom"/>, or an imported <see cref="Document"/>. The id, name and service code given here replace those of
/// the copied or imported route.
/// </summary>
/// <example><c>{ "definitionId": "izin-keramaian", "name": "Izin Keramaian", "serviceCode": "IK" }</c></example>
/// <param name="DefinitionId">The new route's id: a kebab-case slug (<c>izin-keramaian</c>), not used by any route.</param>
/// <param name="Name">The service's name as applicants read it.</param>
/// <param name="ServiceCode">Short upper-case code of registration numbers; required for a copy (its numbers are its own).</param>
/// <param name="CopyFrom">The id of the route to copy.</param>
/// <param name="Document">A definition document to start from (an import).</param>
internal sealed record NewRoute(string? DefinitionId, string? Name, string? ServiceCode = null, string? CopyFrom = null, JsonObject? Document = null);
