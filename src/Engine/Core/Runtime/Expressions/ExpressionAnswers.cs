namespace Mpp.Workflows.Engine.Runtime.Expressions;

/// <summary>
/// The answers to one command's expressions, found outside its write transaction. A definition's JavaScript is an
/// analyst's code and may use its whole time limit; run inside the transaction it would hold the store's write lock (on
/// SQLite, the whole database's) that long. So while <see cref="CommandPipeline"/> runs a command, the interpreter only
/// replays answers found here: a question without one ends the attempt (<see cref="ExpressionsPendingException"/>), the
/// pipeline rolls back, the run is rehearsed outside the transaction on the state it started from (answering every
/// question it asks), and the command runs again. An answer is keyed by the expression and the scope it saw, so a replay
/// after a concurrent change never gets an answer meant for other data; it asks anew.
/// </summary>
internal sealed class ExpressionAnswers
{
    private static readonly AsyncLocal<ExpressionAnswers?> Ambient = new();

    private readonly Dictionary<Question, Answer> _answers = [];

    /// <summary>The answers of the command running in this async flow; null outside the pipeline (evaluate directly).</summary>
    public static ExpressionAnswers? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>
    /// An evaluator for a run inside the transaction: answers from here, or ends the attempt. <paramref name="rehearse"/>
    /// repeats the run, outside the transaction, with the evaluator it is given.
    /// </summary>
    public IExpressionEvaluator Replaying(IExpressionEvaluator evaluator, Action<IExpressionEvaluator> rehearse) =>
        new ReplayingEvaluator(this, evaluator, rehearse);

    private readonly record struct Question(string Source, ExpressionScope Scope, bool AsString);

    /// <summary>A value, or the failure the evaluation ended with (replayed as the same fault).</summary>
    private sealed record Answer(bool Boolean, string? Text, string? Failure)
    {
        public T Replay<T>(Func<Answer, T> read) =>
            Failure is null ? read(this) : throw new ExpressionEvaluationException(Failure);
    }

    private sealed class ReplayingEvaluator(ExpressionAnswers answers, IExpressionEvaluator evaluator, Action<IExpressionEvaluator> rehearse)
        : IExpressionEvaluator
    {
        public bool EvaluateBoolean(string source, ExpressionScope scope) => Find(new Question(source, scope, false)).Replay(a => a.Boolean);

        public string? EvaluateString(string source, ExpressionScope scope) => Find(new Question(source, scope, true)).Replay(a => a.Text);

        private Answer Find(Question question) =>
            answers._answers.TryGetValue(question, out var answer)
                ? answer
                : throw new ExpressionsPendingException(() =>
                {
                    // The missed question first: progress even if the rehearsal takes another path than the locked run.
                    var recording = new RecordingEvaluator(answers, evaluator);
                    Ask(recording, question);
                    rehearse(recording);
                });
    }

    private sealed class RecordingEvaluator(ExpressionAnswers answers, IExpressionEvaluator evaluator) : IExpressionEvaluator
    {
        public bool EvaluateBoolean(string source, ExpressionScope scope) =>
            Find(new Question(source, scope, false)).Replay(a => a.Boolean);

        public string? EvaluateString(string source, ExpressionScope scope) =>
            Find(new Question(source, scope, true)).Replay(a => a.Text);

        private Answer Find(Question question)
        {
            if (!answers._answers.TryGetValue(question, out var answer))
            {
                answer = Evaluate(question);
                answers._answers[question] = answer;
            }

            return answer;
        }

        private Answer Evaluate(Question question)
        {
            try
            {
                return question.AsString
                    ? new Answer(false, evaluator.EvaluateString(question.Source, question.Scope), null)
                    : new Answer(evaluator.EvaluateBoolean(question.Source, question.Scope), null, null);
            }
            catch (ExpressionEvaluationException e)
            {
                return new Answer(false, null, e.Message);
            }
        }
    }

    private static void Ask(IExpressionEvaluator recording, Question question)
    {
        try
        {
            _ = question.AsString
                ? recording.EvaluateString(question.Source, question.Scope)
                : (object)recording.EvaluateBoolean(question.Source, question.Scope);
        }
        catch (ExpressionEvaluationException)
        {
            // Kept as the answer; the locked run replays it as the fault.
        }
    }
}
