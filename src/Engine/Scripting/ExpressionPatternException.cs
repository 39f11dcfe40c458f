namespace Mpp.Workflows.Engine.Scripting;

/// <summary>
/// A script asked to compile a regular expression beyond the sandbox's pattern limits. A CLR exception, as
/// <see cref="ExpressionLimitException"/> is: script code cannot catch it.
/// </summary>
public sealed class ExpressionPatternException : Exception
{
    public ExpressionPatternException()
    {
    }

    public ExpressionPatternException(string message) : base(message)
    {
    }

    public ExpressionPatternException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
