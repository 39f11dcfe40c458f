namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The messages of the input rules (<see cref="ApplicationDataValidator"/>, <see cref="ApplicantRules"/>) in Indonesian,
/// or in English when the request's UI culture is English: the host sets it from the language switch on pages and from
/// <c>Accept-Language</c> on the API. Applicants read them beside the form fields. The plain ones are in the table
/// <c>InputTexts.texts</c> beside this file (compiled by <c>src/TextsGenerator</c>).
/// </summary>
internal static partial class InputTexts
{
    public static string OneOf(string field, IEnumerable<string> choices) => Pick(
        $"'{field}' harus salah satu dari: {string.Join(", ", choices)}.", $"'{field}' must be one of: {string.Join(", ", choices)}.");

    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
