
namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>The fixed choices of activity inputs (document kinds, end results, join modes) as the analyst reads them.</summary>
internal static class OptionNames
{
    /// <summary>The choice in the analyst's language; the stored identifier stays the option's value.</summary>
    public static string Of(string option) => option switch
    {
        "WaitAll" => Texts.JoinWaitAll,
        "WaitAny" => Texts.JoinWaitAny,
        _ => Glossary.Outcome(option),
    };
}
