namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// The official who signs a letter, e.g. position "Kepala DPMPTSP" on behalf of ("a.n.") "Bupati Pemalang".
/// <paramref name="EmployeeNumber"/> is the NIP printed under the name of a civil servant.
/// </summary>
public sealed record Signatory(string Name, string Position, string? OnBehalfOf = null, string? EmployeeNumber = null);
