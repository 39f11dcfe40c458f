namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Registration numbers: <c>{prefix}-{service code}-{year}-{sequence:000000}</c>, e.g. <c>503-SIP-2026-000123</c>.
/// 503 is the archive classification code for licensing used on regency letters. The sequence restarts each year per
/// service, so the number is unique per regency (one deployment) and year. Dashes instead of the slashes of paper letters
/// because the number appears in URLs (<c>/track/503-SIP-2026-000123</c>).
/// </summary>
public static class RegistrationNumbers
{
    public static string SequenceScope(string serviceCode, int year) => string.Create(CultureInfo.InvariantCulture, $"registration:{serviceCode}:{year}");

    /// <summary>
    /// A number as typed by a person (<c>503-sip-2026-000123</c>, with stray spaces) in the form numbers are issued: trimmed
    /// and upper case, as service codes are.
    /// </summary>
    public static string Canonical(string typed) => (typed ?? string.Empty).Trim().ToUpperInvariant();

    public static string Format(string prefix, string serviceCode, int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{serviceCode}-{year}-{sequence:D6}");
}
