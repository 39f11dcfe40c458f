namespace Mpp.Workflows.Engine.Model;

/// <summary>What a <see cref="Bookmark"/> waits for.</summary>
public static class BookmarkKinds
{
    public const string Task = "Task";
    public const string ApplicantRevision = "ApplicantRevision";
    public const string Timer = "Timer";
}
