namespace Mpp.Workflows.Engine.Runtime.Expressions;

/// <summary>A definition's expression threw, timed out, or exceeded a sandbox limit.</summary>
public sealed class ExpressionEvaluationException : Exception
{
    public ExpressionEvaluationException()
    {
    }

    public ExpressionEvaluationException(string message) : base(message)
    {
    }

    public ExpressionEvaluationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
