using Mpp.Workflows.Engine.Model;
using Mpp.Workflows.Engine.Persistence;

namespace Mpp.Workflows.Engine.Documents;

/// <summary>The reasons printed on a refusal letter and written in its mail: the reviewers' comments.</summary>
public static class RejectionReasons
{
    public const string Fallback = "Permohonan tidak memenuhi persyaratan yang ditetapkan.";

    /// <summary>
    /// The comment of the last decided task that has one (the decision that refused the application), one reason per line;
    /// <see cref="Fallback"/> when nobody wrote a comment.
    /// </summary>
    public static IReadOnlyList<string> From(IReadOnlyList<AuditEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var comment = history
            .Where(entry => entry.Event == AuditEvents.TaskCompleted && !string.IsNullOrWhiteSpace(entry.Comment))
            .Select(entry => entry.Comment!)
            .LastOrDefault();
        var lines = comment?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return lines.Length > 0 ? lines : [Fallback];
    }
}
