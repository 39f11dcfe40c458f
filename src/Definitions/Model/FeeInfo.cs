namespace Mpp.Workflows.Definitions.Model;

/// <summary>The service fee published in the service standard. A null amount means it is assessed per application (e.g. a retribution set in an SKRD).</summary>
/// <example><c>{ "amount": 0, "currency": "IDR", "note": "Tidak dipungut biaya" }</c></example>
public sealed record FeeInfo(decimal? Amount, string Currency = "IDR", string? Note = null);
