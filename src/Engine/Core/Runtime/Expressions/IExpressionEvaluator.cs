namespace Mpp.Workflows.Engine.Runtime.Expressions;

/// <summary>Evaluates definition expressions. Implementations are sandboxed and bounded in time and memory.</summary>
public interface IExpressionEvaluator
{
    /// <summary>Evaluates <paramref name="source"/> and applies JavaScript truthiness.</summary>
    /// <exception cref="ExpressionEvaluationException">The script threw, did not parse, or hit a limit.</exception>
    bool EvaluateBoolean(string source, ExpressionScope scope);

    /// <summary>Evaluates <paramref name="source"/> and converts the result to a string (null/undefined → null).</summary>
    /// <exception cref="ExpressionEvaluationException">The script threw, did not parse, or hit a limit.</exception>
    string? EvaluateString(string source, ExpressionScope scope);
}
