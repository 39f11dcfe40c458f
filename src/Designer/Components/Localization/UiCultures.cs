namespace Mpp.Workflows.Designer.Components.Localization;

/// <summary>The languages of the UI: Indonesian by default, English on request (a culture cookie).</summary>
internal static class UiCultures
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public static string[] Supported { get; } = [Indonesian, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
