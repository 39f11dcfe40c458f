namespace Mpp.Workflows.Engine.Documents;

/// <summary>
/// Numbers of issued letters in the form of Indonesian official letters:
/// permits <c>{prefix}/{sequence}/{service}/{office}/{year}</c>, e.g. <c>503/0042/SIP/DPMPTSP/2026</c>, and refusal
/// letters <c>{prefix}/{sequence}/TOLAK-{service}/{office}/{year}</c>. The four-digit sequence restarts every year per
/// service and kind. A receipt carries the application's registration number.
/// </summary>
public static class DocumentNumbers
{
    public static string SequenceScope(string kind, string serviceCode, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"document:{kind}:{serviceCode}:{year}");

    public static string Format(string kind, string prefix, long sequence, string serviceCode, string office, int year)
    {
        var subject = kind == DocumentKinds.Rejection ? "TOLAK-" + serviceCode : serviceCode;
        // In capitals whatever case the route's service code was written in: verification looks numbers up in capitals.
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}/{sequence:D4}/{subject}/{office}/{year}").ToUpperInvariant();
    }
}
