
namespace Mpp.Workflows.Engine.Documents;

/// <summary>The reasons printed on a refusal letter and written in its mail: the comment of the decision that refused.</summary>
public static class RejectionReasons
{
    public const string Fallback = "Permohonan tidak memenuhi persyaratan yang ditetapkan.";

    /// <summary>
    /// The comment of the refusing decision, one reason per line; <see cref="Fallback"/> when that decision has no comment.
    /// The refusing decision is the task completed last before the refusal letter was requested: a decision and the route it
    /// takes up to the <see cref="AuditEvents.DocumentRequested"/> are written in one transaction on the locked application,
    /// so comments of parallel tasks decided earlier, or of tasks decided after the request, are not taken for it. A history
    /// without a request (none is expected) falls back to the last decided task.
    /// </summary>
    public static IReadOnlyList<string> From(IReadOnlyList<AuditEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var requested = LastIndex(history, history.Count, entry =>
            entry.Event == AuditEvents.DocumentRequested && entry.Outcome == DocumentKinds.Rejection);
        var decided = LastIndex(history, requested < 0 ? history.Count : requested, entry => entry.Event == AuditEvents.TaskCompleted);
        var comment = decided < 0 ? null : history[decided].Comment;
        var lines = comment?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return lines.Length > 0 ? lines : [Fallback];
    }

    /// <summary>The index of the last entry before <paramref name="end"/> that matches, or -1.</summary>
    private static int LastIndex(IReadOnlyList<AuditEvent> history, int end, Func<AuditEvent, bool> match)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (match(history[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
