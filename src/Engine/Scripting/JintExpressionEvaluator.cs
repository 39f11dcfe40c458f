using System.Collections.Concurrent;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using JsEngine = Jint.Engine;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// Jint sandbox for definition conditions. Each evaluation gets a fresh engine (no state leaks between applications),
/// bounded by <see cref="Timeout"/>, a memory cap, a recursion depth and a statement count; CLR access is never enabled.
/// Parsed scripts are cached because the same few conditions run for every application.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    /// <summary>Wall-clock limit of one evaluation.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private const long MemoryLimitBytes = 4 * 1024 * 1024;
    private const int RecursionLimit = 64;
    private const int StatementLimit = 10_000;

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
        Prepared<Acornima.Ast.Script> script;
        try
        {
            script = _scripts.GetOrAdd(source, static s => JsEngine.PrepareScript(s));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExpressionEvaluationException($"The expression does not parse: {e.Message}", e);
        }

        var engine = new JsEngine(options => options
            .Strict()
            .TimeoutInterval(Timeout)
            .LimitMemory(MemoryLimitBytes)
            .LimitRecursion(RecursionLimit)
            .MaxStatements(StatementLimit));
        try
        {
            var parser = new JsonParser(engine);
            engine.SetValue("application", parser.Parse(scope.ApplicationJson));
            engine.SetValue("applicant", parser.Parse(scope.ApplicantJson));
            engine.SetValue("outcomes", parser.Parse(scope.OutcomesJson));
            return engine.Evaluate(script);
        }
        catch (TimeoutException e)
        {
            throw new ExpressionEvaluationException($"The expression ran longer than {Timeout.TotalMilliseconds} ms.", e);
        }
        catch (JavaScriptException e)
        {
            throw new ExpressionEvaluationException($"The expression threw: {e.Message}", e);
        }
        catch (Exception e) when (e is MemoryLimitExceededException or RecursionDepthOverflowException or StatementsCountOverflowException)
        {
            throw new ExpressionEvaluationException($"The expression exceeded a sandbox limit: {e.Message}", e);
        }
        catch (Exception e) when (e is JintException or InvalidOperationException)
        {
            throw new ExpressionEvaluationException($"The expression failed: {e.Message}", e);
        }
    }
}
