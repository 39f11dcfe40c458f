namespace Mpp.Workflows.Definitions.Model;

/// <summary>The service fee published in the service standard.</summary>
/// <example>
/// <c>{ "amount": 0, "currency": "IDR", "note": "Tidak dipungut biaya" }</c> (free), or
/// <c>{ "currency": "IDR", "note": "Retribusi sesuai SKRD" }</c> (assessed per application).
/// </example>
/// <param name="Amount">
/// The fixed amount; null when the fee or tax is assessed per application (e.g. a building permit levy). Zero means free,
/// which is why an absent amount must not read as zero.
/// </param>
/// <param name="Currency">ISO currency code.</param>
/// <param name="Note">How the fee is set or where it is paid.</param>
public sealed record FeeInfo(decimal? Amount, string Currency = "IDR", string? Note = null);
