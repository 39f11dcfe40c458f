namespace Mpp.Workflows.Engine.Runtime;

/// <summary>The messages of the complaint rules; the entries are in <c>ComplaintTexts.texts</c> beside this file.</summary>
internal static partial class ComplaintTexts
{
    private static string Pick(string indonesian, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : indonesian;
}
