namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// The sandbox's guard on single calls whose time grows with a long input although each step is cheap: a global search
/// over a long text (one match per character of a million-character string took seconds), the keys of a long string, and
/// URI or escape encoding that multiplies a text. Such inputs are refused before the call runs (see <see cref="JintSandbox"/>).
/// </summary>
internal sealed partial class JintSandbox
{
    /// <summary>Longest text a global search, a split or a replacement may run over: the longest form field there is.</summary>
    public const int MaxSearchedLength = 100_000;

    private void GuardLongInputs(ObjectInstance strings)
    {
        var regexes = Prototype(_engine.Intrinsics.RegExp);
        Wrap(regexes, GlobalSymbolRegistry.Match, "[Symbol.match]", 1, (original, thisObject, arguments) => Searched(original, thisObject, arguments, always: false));
        Wrap(regexes, GlobalSymbolRegistry.MatchAll, "[Symbol.matchAll]", 1, (original, thisObject, arguments) => Searched(original, thisObject, arguments, always: true));
        Wrap(regexes, GlobalSymbolRegistry.Split, "[Symbol.split]", 2, (original, thisObject, arguments) => Searched(original, thisObject, arguments, always: true));
        Wrap(strings, "split", 2, (original, thisObject, arguments) => Searched(original, thisObject, [thisObject, .. arguments], always: true, call: [.. arguments]));

        var objects = _engine.Intrinsics.Object;
        foreach (var name in new[] { "keys", "values", "entries" })
        {
            Wrap(objects, name, 1, KeysOfText);
        }

        var global = _engine.Global;
        Wrap(global, "encodeURIComponent", 1, (original, thisObject, arguments) => Encoded(original, thisObject, arguments, 9));
        Wrap(global, "encodeURI", 1, (original, thisObject, arguments) => Encoded(original, thisObject, arguments, 9));
        Wrap(global, "escape", 1, (original, thisObject, arguments) => Encoded(original, thisObject, arguments, 6));
    }

    /// <summary>
    /// A regular expression's match, matchAll or split (or a string's split): refused over a text longer than
    /// <see cref="MaxSearchedLength"/> when it may run once per character (global, sticky, matchAll, split).
    /// </summary>
    private JsValue Searched(JsValue original, JsValue thisObject, JsValue[] arguments, bool always, JsValue[]? call = null)
    {
        var subject = Argument(arguments, 0);
        var repeated = always || (thisObject is ObjectInstance regex && TypeConverter.ToString(regex.Get("flags")).AsSpan().IndexOfAny("gy") >= 0);
        if (repeated && subject is JsString { Length: > MaxSearchedLength } text)
        {
            throw new ExpressionLimitException(
                string.Create(CultureInfo.InvariantCulture, $"A search over {text.Length} characters; the limit is {MaxSearchedLength}."),
                string.Create(JintExpressionEvaluator.Indonesian, $"Ekspresi dihentikan: pencarian berulang atas teks lebih dari {MaxSearchedLength:N0} karakter."));
        }

        return _engine.Call(original, thisObject, call ?? arguments);
    }

    /// <summary><c>Object.keys</c>, <c>values</c>, <c>entries</c>: a string has one key per character, so a long one is refused at once.</summary>
    private JsValue KeysOfText(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (Argument(arguments, 0) is JsString { Length: > (int)JintExpressionEvaluator.MaxArraySize } text)
        {
            throw new ExpressionLimitException(
                string.Create(CultureInfo.InvariantCulture, $"The keys of a string of {text.Length} characters; the limit is {JintExpressionEvaluator.MaxArraySize}."),
                string.Create(JintExpressionEvaluator.Indonesian, $"Ekspresi dihentikan: larik (array) lebih dari {JintExpressionEvaluator.MaxArraySize:N0} elemen."));
        }

        return _engine.Call(original, thisObject, arguments);
    }

    /// <summary>URI and escape encoding: at most <paramref name="growth"/> characters per character, checked before encoding.</summary>
    private JsValue Encoded(JsValue original, JsValue thisObject, JsValue[] arguments, int growth)
    {
        var text = TypeConverter.ToString(Argument(arguments, 0));
        Require((double)text.Length * growth);
        return _engine.Call(original, thisObject, [new JsString(text)]);
    }
}
