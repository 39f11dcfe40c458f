namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// A script asked for more than the sandbox allows (a string or array too large). A CLR exception on purpose: script code
/// cannot catch it, so a <c>try</c> in the expression does not turn the limit into a loop.
/// </summary>
public sealed class ExpressionLimitException : Exception
{
    public ExpressionLimitException()
    {
    }

    public ExpressionLimitException(string message) : base(message)
    {
    }

    public ExpressionLimitException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
