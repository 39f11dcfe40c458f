namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// A place where execution waits for the outside world: a human task, the applicant, or a timer. Resuming a bookmark
/// continues the flowchart from the bookmarked activity through the port the event names.
/// </summary>
/// <param name="Id">Stable id; for a task it is the task id, for a timer the timer id.</param>
/// <param name="ActivityId">The waiting activity.</param>
/// <param name="Kind">One of <see cref="BookmarkKinds"/>.</param>
public sealed record Bookmark(Guid Id, string ActivityId, string Kind);
