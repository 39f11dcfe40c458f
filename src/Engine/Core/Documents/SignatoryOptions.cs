namespace Mpp.Workflows.Engine.Documents;

/// <summary>Configuration of the signing official (<c>Documents:Signer:*</c>), turned into a <see cref="Signatory"/>.</summary>
public sealed class SignatoryOptions
{
    public string Name { get; set; } = "Kepala DPMPTSP";

    public string Position { get; set; } = "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";

    public string? OnBehalfOf { get; set; } = "Bupati Pemalang";

    public string? EmployeeNumber { get; set; }

    public Signatory ToSignatory() => new(Name, Position, OnBehalfOf, EmployeeNumber);
}
