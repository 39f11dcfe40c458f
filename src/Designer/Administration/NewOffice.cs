namespace Mpp.Workflows.Designer.Administration;

/// <summary>Body of <c>POST /api/admin/offices</c>: a new office. The code is stored in upper case and never changes.</summary>
internal sealed record NewOffice(string? Code, string? Name, string? TimeZone, IReadOnlyList<string>? Roles);
