
namespace Mpp.Workflows.Engine.Reading;

/// <summary>Staff accounts as sign-in and the active-account check read them.</summary>
public interface IAccountReader
{
    /// <summary>The account named <paramref name="username"/>; null when unknown.</summary>
    Task<UserRecord?> FindAsync(string username, CancellationToken cancellationToken);

    /// <summary>Every staff account, active or not (the studio checks that a task's office has someone to do it).</summary>
    Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken);
}
