using Acornima.Ast;
using System.Collections.Concurrent;
using Jint.Native.Json;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// Jint sandbox for definition conditions. Each evaluation gets a fresh engine (no state leaks between applications),
/// bounded by <see cref="Timeout"/> (regular expressions included), a memory cap, a longest string
/// (<see cref="JintSandbox.MaxStringLength"/>, checked before a built-in allocates it), a largest array, a recursion depth
/// and a statement count; CLR access and string compilation (<c>eval</c>, <c>Function</c>) are never enabled. A source
/// longer than <see cref="MaxSourceLength"/>, a BigInt literal or an over-long regular expression literal is refused
/// before it runs, and a source nested too deeply to parse faults like any other failure. A limit ends the evaluation with an
/// <see cref="ExpressionEvaluationException"/> whose message staff read in the application's fault, in Indonesian.
/// Parsed scripts are cached because the same few conditions run for every application.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    /// <summary>Wall-clock limit of one evaluation, and of any one regular expression match in it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest expression source; the definition validator holds scripts to the same length.</summary>
    public const int MaxSourceLength = 10_000;

    /// <summary>Largest array a script may create.</summary>
    public const uint MaxArraySize = 10_000;

    private const long MemoryLimitBytes = 4 * 1024 * 1024;
    private const int RecursionLimit = 64;
    private const int StatementLimit = 10_000;
    private const int CachedScripts = 1_000;

    /// <summary>How fault messages write numbers (1.000.000), whatever the host's culture.</summary>
    internal static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> _scripts = new(StringComparer.Ordinal);

    public bool EvaluateBoolean(string source, ExpressionScope scope) => TypeConverter.ToBoolean(Evaluate(source, scope));

    public string? EvaluateString(string source, ExpressionScope scope)
    {
        var value = Evaluate(source, scope);
        return value.IsNull() || value.IsUndefined() ? null : TypeConverter.ToString(value);
    }

    private JsValue Evaluate(string source, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var script = Prepare(source);
        var engine = new JsEngine(options =>
        {
            options.Strict()
                .TimeoutInterval(Timeout)
                .RegexTimeoutInterval(Timeout)
                .LimitMemory(MemoryLimitBytes)
                .LimitRecursion(RecursionLimit)
                .MaxStatements(StatementLimit)
                .MaxArraySize(MaxArraySize)
                .DisableStringCompilation();
            // Deep recursion inside built-ins (a nested JSON value, say) ends in a RangeError instead of the process.
            options.Constraints.StackOverflowGuard = true;
        });
        try
        {
            JintSandbox.Install(engine);
            var parser = new JsonParser(engine);
            engine.SetValue("application", parser.Parse(scope.ApplicationJson));
            engine.SetValue("applicant", parser.Parse(scope.ApplicantJson));
            engine.SetValue("outcomes", parser.Parse(scope.OutcomesJson));
            var value = engine.Evaluate(script);
            // A string result is converted by the caller: its size is the script's doing, so it is held to the same bound.
            return value is JsString { Length: > JintSandbox.MaxStringLength }
                ? throw new ExpressionLimitException($"The result has {((JsString)value).Length} characters.")
                : value;
        }
        catch (TimeoutException e)
        {
            // RegexMatchTimeoutException is a TimeoutException too.
            throw Failure(string.Create(Indonesian, $"Ekspresi dihentikan: berjalan lebih dari {Timeout.TotalMilliseconds} ms (batas waktu, termasuk ekspresi reguler)."), e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw Failure(
                e.Message.StartsWith("The array size", StringComparison.Ordinal)
                    ? string.Create(Indonesian, $"Ekspresi dihentikan: larik (array) lebih dari {MaxArraySize:N0} elemen.")
                    : $"Ekspresi dihentikan: memakai memori lebih dari {MemoryLimitBytes / 1024 / 1024} MB.",
                e);
        }
        catch (ExpressionPatternException e)
        {
            throw Failure(string.Create(Indonesian,
                $"Ekspresi dihentikan: ekspresi reguler lebih dari {JintSandbox.MaxPatternLength:N0} karakter atau dengan lebih dari {JintSandbox.MaxPropertyEscapes} \\p{{…}}."), e);
        }
        catch (InsufficientExecutionStackException)
        {
            // Without the cause: its stack trace runs to megabytes.
            throw new ExpressionEvaluationException("Ekspresi dihentikan: bersarang terlalu dalam. (Insufficient execution stack.)");
        }
        catch (ExpressionLimitException e)
        {
            throw Failure(e.Reason ?? string.Create(Indonesian, $"Ekspresi dihentikan: teks yang dibuat lebih dari {JintSandbox.MaxStringLength:N0} karakter."), e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw Failure($"Ekspresi dihentikan: rekursi lebih dalam dari {RecursionLimit} tingkat.", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw Failure(string.Create(Indonesian, $"Ekspresi dihentikan: lebih dari {StatementLimit:N0} langkah."), e);
        }
        catch (JavaScriptException e)
        {
            throw Failure($"Ekspresi gagal: {e.Message}", e);
        }
        catch (Exception e) when (e is JintException or InvalidOperationException)
        {
            throw Failure($"Ekspresi gagal: {e.Message}", e);
        }
    }

    private Prepared<Acornima.Ast.Script> Prepare(string source)
    {
        if (_scripts.TryGetValue(source, out var cached))
        {
            return cached;
        }

        if (source.Length > MaxSourceLength)
        {
            throw new ExpressionEvaluationException(string.Create(Indonesian,
                $"Ekspresi tidak dijalankan: lebih dari {MaxSourceLength:N0} karakter. (The source has {source.Length} characters.)"));
        }

        Prepared<Acornima.Ast.Script> script;
        string? refusal;
        try
        {
            // Checked on a plain parse first: preparing converts regular expression literals, the cost being refused.
            refusal = Refusal(new Acornima.Parser().ParseScript(source));
            script = refusal is null ? JsEngine.PrepareScript(source) : default;
        }
        catch (InsufficientExecutionStackException)
        {
            // Acornima parses recursively; the cause is not kept, its stack trace runs to megabytes.
            throw new ExpressionEvaluationException("Ekspresi tidak dapat dibaca: bersarang terlalu dalam. (Insufficient execution stack.)");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Failure($"Ekspresi tidak dapat dibaca: {e.Message}", e);
        }

        if (refusal is not null)
        {
            throw new ExpressionEvaluationException(refusal);
        }

        if (_scripts.Count < CachedScripts)
        {
            _scripts.TryAdd(source, script);
        }

        return script;
    }

    /// <summary>What the sandbox refuses on the face of the parsed script: BigInt literals and over-long regular expression literals.</summary>
    private static string? Refusal(Acornima.Ast.Script program)
    {
        foreach (var node in program.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case Acornima.Ast.BigIntLiteral:
                    return "Ekspresi tidak dijalankan: bilangan BigInt (mis. 3n) tidak diizinkan. (BigInt literal.)";
                case Acornima.Ast.RegExpLiteral literal:
                    try
                    {
                        JintSandbox.RequirePattern(literal.RegExp.Pattern);
                    }
                    catch (ExpressionPatternException e)
                    {
                        return string.Create(Indonesian,
                            $"Ekspresi tidak dijalankan: ekspresi reguler lebih dari {JintSandbox.MaxPatternLength:N0} karakter atau dengan lebih dari {JintSandbox.MaxPropertyEscapes} \\p{{…}}. ({e.Message})");
                    }

                    break;
            }
        }

        return null;
    }

    // The technical detail (which limit, where) follows in English for whoever reads the log.
    private static ExpressionEvaluationException Failure(string message, Exception cause) =>
        new(cause is ExpressionLimitException or ExpressionPatternException or JavaScriptException or JintException ? $"{message} ({cause.Message})" : message, cause);
}
