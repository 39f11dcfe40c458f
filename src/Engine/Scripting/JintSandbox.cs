using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// Caps what one built-in call can allocate. Jint checks its memory limit between statements, so a single call such as
/// <c>'x'.repeat(2e8)</c>, <c>s.replaceAll('x', long)</c>, <c>''.concat(...parts)</c> or <c>JSON.stringify(manyRefs)</c>
/// could allocate hundreds of megabytes before the next check. The built-ins that multiply their input are replaced, on
/// each engine, by wrappers that know the result's length (or a bound of it) before it is built, or that build it
/// themselves and stop at <see cref="MaxStringLength"/>; binary buffers and typed arrays, which allocate their length
/// at once and which no condition needs, are removed. Compiling a regular expression is a single native call too, whose
/// cost grows with the pattern (a pattern of 150,000 Unicode property escapes took seconds): every way a script turns a
/// string into a pattern (the <c>RegExp</c> constructor, <c>compile</c>, and <c>match</c>, <c>matchAll</c> and
/// <c>search</c> with a string) is held to <see cref="MaxPatternLength"/> characters and
/// <see cref="MaxPropertyEscapes"/> Unicode property escapes; <c>BigInt</c>, whose arithmetic is unbounded, is removed.
/// </summary>
internal sealed partial class JintSandbox
{
    /// <summary>Longest string a built-in may return (2 MB of UTF-16).</summary>
    public const int MaxStringLength = 1_000_000;

    /// <summary>Longest regular expression pattern a script may compile (<see cref="RegexPatternLimits"/>, as the validator).</summary>
    public const int MaxPatternLength = RegexPatternLimits.MaxLength;

    /// <summary>Most Unicode property escapes in one pattern (<see cref="RegexPatternLimits"/>, as the validator).</summary>
    public const int MaxPropertyEscapes = RegexPatternLimits.MaxPropertyEscapes;

    private static readonly string[] RemovedGlobals =
    [
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
        "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
        "BigInt",
    ];

    private readonly JsEngine _engine;
    private readonly HashSet<ObjectInstance> _joining = [];
    private JsValue? _toLocaleString;

    private JintSandbox(JsEngine engine) => _engine = engine;

    /// <summary>Installs the wrappers on a fresh engine, before any script runs.</summary>
    public static void Install(JsEngine engine)
    {
        var sandbox = new JintSandbox(engine);
        foreach (var name in RemovedGlobals)
        {
            engine.Global.Delete(name);
        }

        var stringConstructor = engine.GetValue("String").AsObject();
        var strings = Prototype(stringConstructor);
        sandbox.Wrap(strings, "repeat", 1, sandbox.Repeat);
        sandbox.Wrap(strings, "padStart", 2, sandbox.Pad);
        sandbox.Wrap(strings, "padEnd", 2, sandbox.Pad);
        sandbox.Wrap(strings, "concat", 1, sandbox.Concat);
        sandbox.Wrap(strings, "replace", 2, (original, thisObject, arguments) => sandbox.Replace(original, thisObject, arguments, all: false));
        sandbox.Wrap(strings, "replaceAll", 2, (original, thisObject, arguments) => sandbox.Replace(original, thisObject, arguments, all: true));
        sandbox.Wrap(Prototype(engine.Intrinsics.RegExp), GlobalSymbolRegistry.Replace, "[Symbol.replace]", 2, sandbox.RegExpReplace);
        sandbox.Wrap(stringConstructor, "raw", 1, sandbox.Raw);
        var arrays = Prototype(engine.Intrinsics.Array);
        sandbox.Wrap(arrays, "join", 1, sandbox.Join);
        sandbox.Wrap(arrays, "toString", 0, sandbox.ArrayToString);
        sandbox.Wrap(arrays, "toLocaleString", 0, sandbox.ArrayToLocaleString);
        sandbox.Wrap(engine.GetValue("JSON").AsObject(), "stringify", 3, sandbox.Stringify);
        sandbox.GuardLongInputs(strings);
        sandbox.GuardPatterns(strings);
    }

    private static ObjectInstance Prototype(ObjectInstance constructor) => constructor.Get("prototype").AsObject();

    private delegate JsValue Guarded(JsValue original, JsValue thisObject, JsValue[] arguments);

    private void Wrap(ObjectInstance target, string name, int length, Guarded guarded) =>
        Wrap(target, new JsString(name), name, length, guarded);

    private void Wrap(ObjectInstance target, JsValue key, string name, int length, Guarded guarded)
    {
        var original = target.Get(key);
        var wrapper = new ClrFunction(_engine, name, (thisObject, arguments) => guarded(original, thisObject, arguments), length, PropertyFlag.Configurable);
        target.DefineOwnProperty(key, new PropertyDescriptor(wrapper, writable: true, enumerable: false, configurable: true));
    }

    private JsValue Repeat(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (thisObject.IsMissing())
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var text = TypeConverter.ToString(thisObject);
        var count = TypeConverter.ToIntegerOrInfinity(Argument(arguments, 0));
        if (count > 0 && text.Length > 0 && !double.IsInfinity(count))
        {
            Require((double)text.Length * count);
        }

        return _engine.Call(original, new JsString(text), [new JsNumber(count)]);
    }

    private JsValue Pad(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (thisObject.IsMissing())
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var text = TypeConverter.ToString(thisObject);
        var maxLength = TypeConverter.ToLength(Argument(arguments, 0));
        var filler = Argument(arguments, 1);
        var fill = filler.IsUndefined() ? " " : TypeConverter.ToString(filler);
        if (fill.Length > 0)
        {
            Require(maxLength);
        }

        return _engine.Call(original, new JsString(text), [new JsNumber(maxLength), new JsString(fill)]);
    }

    private JsValue Concat(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (thisObject.IsMissing())
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var result = new Builder(this);
        result.Append(TypeConverter.ToString(thisObject));
        foreach (var argument in arguments)
        {
            result.Append(TypeConverter.ToString(argument));
        }

        return new JsString(result.ToString());
    }

    private JsValue Raw(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (Argument(arguments, 0) is not ObjectInstance cooked || cooked.Get("raw") is not ObjectInstance raw)
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var literals = TypeConverter.ToLength(raw.Get("length"));
        var result = new Builder(this);
        for (ulong i = 0; i < literals; i++)
        {
            result.Append(TypeConverter.ToString(raw.Get(new JsNumber(i))));
            if (i + 1 < literals && i + 1 < (ulong)arguments.Length)
            {
                result.Append(TypeConverter.ToString(arguments[i + 1]));
            }

            result.CheckpointEvery(i);
        }

        return new JsString(result.ToString());
    }

    /// <summary><c>Array.prototype.join</c>, built here so that its length is checked before each piece is added.</summary>
    private JsValue Join(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (thisObject is not ObjectInstance array)
        {
            return _engine.Call(original, thisObject, arguments);
        }

        var separatorValue = Argument(arguments, 0);
        return Join(array, separatorValue.IsUndefined() ? "," : TypeConverter.ToString(separatorValue), TypeConverter.ToString);
    }

    /// <summary><c>Array.prototype.toLocaleString</c>: each element's own <c>toLocaleString</c>, joined with commas, checked as <c>join</c> is.</summary>
    private JsValue ArrayToLocaleString(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        if (thisObject is not ObjectInstance array)
        {
            return _engine.Call(original, thisObject, arguments);
        }

        // Primitives reach their prototype's toLocaleString as in the specification; the function is ours, out of the script's reach.
        _toLocaleString ??= _engine.Evaluate("(function (value) { return value.toLocaleString(); })");
        return Join(array, ",", element => TypeConverter.ToString(_engine.Call(_toLocaleString, JsValue.Undefined, [element])));
    }

    private JsString Join(ObjectInstance array, string separator, Func<JsValue, string> convert)
    {
        var length = TypeConverter.ToLength(array.Get("length"));
        if (!_joining.Add(array))
        {
            // A cycle (an array containing itself) joins as empty, as browsers do, instead of recursing natively.
            return JsString.Empty;
        }

        try
        {
            var result = new Builder(this);
            for (ulong i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    result.Append(separator);
                }

                var element = array.Get(new JsNumber(i));
                if (!element.IsMissing())
                {
                    result.Append(convert(element));
                }

                result.CheckpointEvery(i);
            }

            return new JsString(result.ToString());
        }
        finally
        {
            _joining.Remove(array);
        }
    }

    private JsValue ArrayToString(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        return thisObject is ObjectInstance array && array.Get("join") is var join && join.IsCallable()
            ? _engine.Call(join, array, [])
            : _engine.Call(original, thisObject, arguments);
    }

    /// <summary>
    /// <c>JSON.stringify</c> with a replacer of ours around the script's: the serializer calls it for every value, and each
    /// call checks the memory and time limits, which see what the serializer has appended so far.
    /// </summary>
    private JsValue Stringify(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        var value = Argument(arguments, 0);
        var replacer = Argument(arguments, 1);
        HashSet<string>? allowed = null;
        if (replacer is ObjectInstance list && !replacer.IsCallable() && list.IsArray())
        {
            allowed = [];
            var count = TypeConverter.ToLength(list.Get("length"));
            for (ulong i = 0; i < count && i < JintExpressionEvaluator.MaxArraySize; i++)
            {
                var item = list.Get(new JsNumber(i));
                if (item.IsString() || item.IsNumber())
                {
                    allowed.Add(TypeConverter.ToString(item));
                }
            }
        }

        var root = true;
        var guard = new ClrFunction(_engine, "replacer", (holder, pair) =>
        {
            Checkpoint();
            var current = Argument(pair, 1);
            if (root)
            {
                // The serializer's first call is for the value itself, under the key "" of a wrapper object.
                root = false;
            }
            else if (allowed is not null && holder is ObjectInstance container && !container.IsArray()
                && !allowed.Contains(TypeConverter.ToString(Argument(pair, 0))))
            {
                return JsValue.Undefined;
            }

            return replacer.IsCallable() ? _engine.Call(replacer, holder, pair) : current;
        }, 2);
        return _engine.Call(original, thisObject, [value, guard, Argument(arguments, 2)]);
    }

    /// <summary>Checks the memory and time limits from inside a long built-in call, where Jint does not.</summary>
    private void Checkpoint() => _engine.Constraints.Check();

    private static void Require(double length)
    {
        if (length > MaxStringLength)
        {
            throw new ExpressionLimitException(
                string.Create(CultureInfo.InvariantCulture, $"A string of {length:0} characters was asked for; the limit is {MaxStringLength}."));
        }
    }

    private static JsValue Argument(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    private sealed class Builder(JintSandbox sandbox)
    {
        private readonly StringBuilder _text = new();

        public void Append(string piece)
        {
            Require((double)_text.Length + piece.Length);
            _text.Append(piece);
        }

        public void CheckpointEvery(ulong index)
        {
            if ((index & 1023) == 1023)
            {
                sandbox.Checkpoint();
            }
        }

        public override string ToString() => _text.ToString();
    }
}

/// <summary>Null or undefined, the values a string method refuses as its receiver.</summary>
internal static class JsValueChecks
{
    public static bool IsMissing(this JsValue value) => value.IsNull() || value.IsUndefined();
}
