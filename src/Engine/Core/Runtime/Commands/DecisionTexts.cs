namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The messages of a refused decision in Indonesian, or in English when the request's UI culture is English (as
/// <see cref="InputTexts"/>). Officers read them above the decision form.
/// </summary>
internal static class DecisionTexts
{
    public static string ReasonRequiredTitle => Pick("Alasan keputusan wajib diisi", "A reason is required for this decision");

    public static string ReasonRequired(string outcome) => Pick(
        $"Keputusan '{outcome}' wajib disertai alasan di kolom catatan; pemohon membaca alasan ini.",
        $"The decision '{outcome}' needs a reason in the comment; the applicant reads it.");

    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
