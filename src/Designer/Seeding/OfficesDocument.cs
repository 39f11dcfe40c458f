
namespace Mpp.Workflows.Designer.Seeding;

/// <summary>The shape of <c>workflows/offices.json</c>.</summary>
internal sealed record OfficesDocument(IReadOnlyList<OfficeRecord> Offices);
