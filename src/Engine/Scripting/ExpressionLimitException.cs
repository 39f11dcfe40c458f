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

    /// <summary>A limit other than the string length, with the fault's Indonesian wording.</summary>
    public ExpressionLimitException(string message, string reason) : base(message) => Reason = reason;

    /// <summary>The fault's Indonesian wording when the limit is not the string length; null for that one.</summary>
    public string? Reason { get; }
}
