namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// One application data field printed on a permit, e.g. <c>{ "field": "luasLantai", "label": "Luas Lantai",
/// "suffix": " m²" }</c>. The suffix is appended only when the field has a value.
/// </summary>
public sealed record PermitTemplateField
{
    public required string Field { get; init; }

    public required string Label { get; init; }

    public string? Suffix { get; init; }
}
