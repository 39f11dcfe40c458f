namespace Mpp.Workflows.Designer.Administration;

/// <summary>Body of <c>PUT /api/admin/offices/{code}</c>: the whole editable part of an office (the code is fixed).</summary>
internal sealed record OfficeChange(string? Name, string? TimeZone, IReadOnlyList<string>? Roles);
