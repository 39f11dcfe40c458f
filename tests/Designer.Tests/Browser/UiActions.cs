using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mpp.Workflows.Designer.Tests.Browser;

/// <summary>
/// What a person does by hand in a browser test, counted: each click, each field typed (one action however long the
/// text), each choice in a list, each box ticked. Waiting and checking are not counted. The field is left as a person
/// leaves it (the studio's inputs take their value on change, i.e. when the focus moves on).
/// </summary>
internal sealed class UiActions
{
    /// <summary>Actions so far.</summary>
    public int Count { get; private set; }

    public async Task ClickAsync(ILocator target)
    {
        await target.ClickAsync();
        Count++;
    }

    public async Task TypeAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.BlurAsync();
        Count++;
    }

    /// <summary>Chooses the option whose visible text is <paramref name="label"/>.</summary>
    public async Task ChooseAsync(ILocator select, string label)
    {
        await select.SelectOptionAsync(new SelectOptionValue { Label = label });
        Count++;
    }

    public async Task TickAsync(ILocator checkbox)
    {
        await checkbox.CheckAsync();
        Count++;
    }

    /// <summary>
    /// The control labelled <paramref name="label"/> exactly, a trailing "*" (required) allowed: "Peran *" but not "Eskalasi
    /// ke peran"; "Keputusan *" but not "Keputusan wajib beralasan".
    /// </summary>
    public static ILocator Field(ILocator scope, string label) =>
        scope.GetByLabel(new Regex("^\\s*" + Regex.Escape(label) + "\\s*\\*?\\s*$"));
}
