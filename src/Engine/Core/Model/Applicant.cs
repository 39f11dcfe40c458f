namespace Mpp.Workflows.Engine.Model;

/// <summary>The person applying. <see cref="Nik"/> is the 16-digit national identity number.</summary>
public sealed record Applicant(string Name, string Email, string? Phone, string? Nik);
