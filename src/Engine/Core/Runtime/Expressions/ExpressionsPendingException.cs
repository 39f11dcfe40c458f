namespace Mpp.Workflows.Engine.Runtime.Expressions;

/// <summary>
/// A run inside a write transaction reached an expression not yet answered (<see cref="ExpressionAnswers"/>). Not an
/// error: <see cref="CommandPipeline"/> rolls back, calls <see cref="Answer"/> outside the transaction and runs the command
/// again. It must pass through handlers untouched, which is why it is no <see cref="ExpressionEvaluationException"/>.
/// </summary>
internal sealed class ExpressionsPendingException : Exception
{
    private readonly Action? _answer;

    public ExpressionsPendingException()
    {
    }

    public ExpressionsPendingException(string message) : base(message)
    {
    }

    public ExpressionsPendingException(string message, Exception innerException) : base(message, innerException)
    {
    }

    internal ExpressionsPendingException(Action answer)
        : base("The run needs expression answers found outside the write transaction.") =>
        _answer = answer;

    /// <summary>Evaluates what the interrupted run asks and keeps the answers for its next attempt.</summary>
    public void Answer() => _answer?.Invoke();
}
