namespace Mpp.Workflows.Engine.Scripting;

/// <summary>The sandbox's <c>replace</c>/<c>replaceAll</c> wrappers, which count a replacement's growth (see <see cref="JintSandbox"/>).</summary>
internal sealed partial class JintSandbox
{
    /// <summary>
    /// <c>replace</c>/<c>replaceAll</c> on a string. A function replacement is wrapped so that the growth is counted as it
    /// happens; a replacement string is bounded before the call: every match grows the text by at most the replacement
    /// with each <c>$</c> pattern expanded to the whole text.
    /// </summary>
    private JsValue Replace(JsValue original, JsValue thisObject, JsValue[] arguments, bool all)
    {
        if (thisObject.IsMissing())
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var text = TypeConverter.ToString(thisObject);
        var search = Argument(arguments, 0);
        var replacement = Argument(arguments, 1);
        if (replacement.IsCallable())
        {
            return _engine.Call(original, new JsString(text), [search, Counting(text.Length, replacement)]);
        }

        var replacementText = new JsString(TypeConverter.ToString(replacement));
        double matches;
        if (search is ObjectInstance regex && regex.Get(GlobalSymbolRegistry.Replace).IsCallable())
        {
            matches = IsGlobal(regex) ? text.Length + 1 : 1;
        }
        else
        {
            var pattern = TypeConverter.ToString(search);
            search = new JsString(pattern);
            matches = all ? Occurrences(text, pattern) : Math.Min(1, Occurrences(text, pattern));
        }

        RequireReplacement(text.Length, matches, replacementText.ToString());
        return _engine.Call(original, new JsString(text), [search, replacementText]);
    }

    private JsValue RegExpReplace(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        var text = TypeConverter.ToString(Argument(arguments, 0));
        var replacement = Argument(arguments, 1);
        if (thisObject is ObjectInstance global && IsGlobal(global) && text.Length > MaxSearchedLength)
        {
            // Once per match, up to once per character: refused over a long text as a global match is.
            return Searched(original, thisObject, [new JsString(text)], always: true);
        }

        if (replacement.IsCallable())
        {
            return _engine.Call(original, thisObject, [new JsString(text), Counting(text.Length, replacement)]);
        }

        var replacementText = TypeConverter.ToString(replacement);
        var matches = thisObject is ObjectInstance regex && IsGlobal(regex) ? text.Length + 1 : 1;
        RequireReplacement(text.Length, matches, replacementText);
        return _engine.Call(original, thisObject, [new JsString(text), new JsString(replacementText)]);
    }

    private static bool IsGlobal(ObjectInstance regex) => TypeConverter.ToString(regex.Get("flags")).Contains('g', StringComparison.Ordinal);

    private static void RequireReplacement(int length, double matches, string replacement)
    {
        var expansions = replacement.Count(c => c == '$');
        Require(length + (matches * (replacement.Length + ((double)expansions * length))));
    }

    private static double Occurrences(string text, string pattern)
    {
        if (pattern.Length == 0)
        {
            return text.Length + 1;
        }

        var count = 0;
        for (var at = text.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The replacement function, counting how much each of its results adds to the text.</summary>
    private ClrFunction Counting(int length, JsValue replacer)
    {
        double total = length;
        return new ClrFunction(_engine, "replacer", (thisObject, arguments) =>
        {
            var value = _engine.Call(replacer, thisObject, arguments);
            var piece = TypeConverter.ToString(value);
            total += piece.Length - TypeConverter.ToString(Argument(arguments, 0)).Length;
            Require(total);
            return new JsString(piece);
        }, 2);
    }
}
