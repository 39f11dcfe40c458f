namespace Mpp.Workflows.Definitions.Model;

/// <summary>The service fee published in the service standard.</summary>
/// <example><c>{ "amount": 0, "currency": "IDR", "note": "Tidak dipungut biaya" }</c></example>
public sealed record FeeInfo(decimal Amount, string Currency = "IDR", string? Note = null);
