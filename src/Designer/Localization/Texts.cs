namespace Mpp.Workflows.Designer.Localization;

/// <summary>
/// The UI's strings in Indonesian (the default) and English, picked by the request culture. Each area of the UI keeps its
/// strings in a table beside this file (<c>Texts.Admin.texts</c>, …): the two languages side by side, compiled into members
/// of this class by <c>src/TextsGenerator</c>, so a call names a member and a missing translation is a compile error.
/// Texts that need code (a choice by value, a date) are in <c>Texts.Composed.cs</c> and <c>Texts.Validation.cs</c>.
/// </summary>
internal static partial class Texts
{
    public static string StatusName(string status) => Glossary.Status(status);

    public static string ResultName(string? result) => Glossary.Result(result);

    public static string EventName(string name) => Glossary.Event(name);

    private static string Pick(string indonesian, string english) => UiCultures.IsEnglish ? english : indonesian;
}
