using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Engine.Scripting;

/// <summary>The sandbox's guard on regular expressions compiled from strings (see <see cref="JintSandbox"/>).</summary>
internal sealed partial class JintSandbox
{
    /// <summary>
    /// Holds every pattern a script compiles from a string to <see cref="RequirePattern"/>. The <c>RegExp</c> constructor
    /// becomes a proxy whose traps are ours (the functions they forward to were taken before any script ran, so a script
    /// that replaces <c>Reflect</c> does not reach them); <c>RegExp.prototype.constructor</c> is the proxy too, so
    /// <c>/x/.constructor</c> and the species lookups of <c>split</c> and <c>matchAll</c> go through it.
    /// </summary>
    private void GuardPatterns(ObjectInstance strings)
    {
        var regExp = _engine.Intrinsics.RegExp;
        var reflect = _engine.GetValue("Reflect").AsObject();
        var construct = reflect.Get("construct");
        var apply = reflect.Get("apply");
        var handler = new JsObject(_engine);
        handler.Set("construct", new ClrFunction(_engine, "construct", (_, trap) =>
            _engine.Call(construct, JsValue.Undefined, [Argument(trap, 0), PatternArguments(Argument(trap, 1)), Argument(trap, 2)]), 3));
        handler.Set("apply", new ClrFunction(_engine, "apply", (_, trap) =>
            _engine.Call(apply, JsValue.Undefined, [Argument(trap, 0), Argument(trap, 1), PatternArguments(Argument(trap, 2))]), 3));
        var proxy = _engine.Construct(_engine.GetValue("Proxy"), [regExp, handler]);
        _engine.Global.DefineOwnProperty("RegExp", new PropertyDescriptor(proxy, writable: true, enumerable: false, configurable: true));
        var prototype = Prototype(regExp);
        prototype.DefineOwnProperty("constructor", new PropertyDescriptor(proxy, writable: true, enumerable: false, configurable: true));
        Wrap(prototype, "compile", 2, (original, thisObject, arguments) =>
            _engine.Call(original, thisObject, [Pattern(Argument(arguments, 0)), Argument(arguments, 1)]));
        Wrap(strings, "match", 1, (original, thisObject, arguments) => SearchWith(original, thisObject, arguments, GlobalSymbolRegistry.Match));
        Wrap(strings, "matchAll", 1, (original, thisObject, arguments) => SearchWith(original, thisObject, arguments, GlobalSymbolRegistry.MatchAll));
        Wrap(strings, "search", 1, (original, thisObject, arguments) => SearchWith(original, thisObject, arguments, GlobalSymbolRegistry.Search));
    }

    /// <summary>The constructor's arguments, with a pattern given as a string checked (and converted once).</summary>
    private JsArray PatternArguments(JsValue arguments)
    {
        var list = arguments.AsObject();
        var count = (int)Math.Min(TypeConverter.ToLength(list.Get("length")), 2);
        var values = new JsValue[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = list.Get(new JsNumber(i));
        }

        if (count > 0)
        {
            values[0] = Pattern(values[0]);
        }

        return new JsArray(_engine, values);
    }

    /// <summary>A regular expression object (its source was checked when it was made) or undefined as it is; anything else as the checked string.</summary>
    private static JsValue Pattern(JsValue pattern)
    {
        if (pattern.IsUndefined() || pattern is JsRegExp)
        {
            return pattern;
        }

        var text = TypeConverter.ToString(pattern);
        RequirePattern(text);
        return new JsString(text);
    }

    /// <summary><c>match</c>, <c>matchAll</c>, <c>search</c>: an argument with its own matcher is used as it is; any other becomes a checked pattern.</summary>
    private JsValue SearchWith(JsValue original, JsValue thisObject, JsValue[] arguments, JsSymbol matcher)
    {
        var pattern = Argument(arguments, 0);
        if (thisObject.IsMissing() || pattern.IsMissing() || (pattern is ObjectInstance searcher && !searcher.Get(matcher).IsMissing()))
        {
            return _engine.Call(original, thisObject, arguments);
        }

        return _engine.Call(original, thisObject, [Pattern(pattern)]);
    }

    /// <summary>Refuses a pattern longer than <see cref="MaxPatternLength"/> or with more than <see cref="MaxPropertyEscapes"/> property escapes.</summary>
    internal static void RequirePattern(string pattern)
    {
        if (RegexPatternLimits.Exceeds(pattern))
        {
            throw new ExpressionPatternException(string.Create(CultureInfo.InvariantCulture,
                $"A regular expression of {pattern.Length} characters with {RegexPatternLimits.PropertyEscapes(pattern)} property escapes was asked for; the limits are {MaxPatternLength} and {MaxPropertyEscapes}."));
        }
    }
}
