using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Jobs;
using Mpp.Workflows.Designer.Storage;
using Mpp.Workflows.Engine.Pdf;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// What of the data directory a backup holds. The engine's database holds every application, task, timer, issued document,
/// upload, account and the data-protection key ring; the job storage holds Hangfire's queue and history. Beside them, files
/// the database cannot be used without: the tracking token secret (it signs applicants' tracking links and is the key the key
/// ring is encrypted with) and the development signing certificate with its password (issued documents keep verifying under
/// the same certificate). Not held: the mail pickup folder (mail already handed over; what is still to send is in the outbox)
/// and <see cref="DataDirectoryLock.FileName"/>.
/// </summary>
internal static class BackedUpFiles
{
    /// <summary>The engine's store, copied online as one snapshot; a backup without it is refused.</summary>
    public const string Store = StorageServiceCollectionExtensions.SqliteFileName;

    /// <summary>Hangfire's storage, copied online after the store: it holds only wake-ups and history the store can rebuild.</summary>
    public const string Jobs = JobsExtensions.SqliteFileName;

    /// <summary>SQLite databases, in the order they are copied.</summary>
    public static IReadOnlyList<string> Databases { get; } = [Store, Jobs];

    /// <summary>Plain files, copied as they are when present.</summary>
    public static IReadOnlyList<string> Secrets { get; } =
        [TrackingTokenSecret.FileName, DevelopmentCertificate.FileName, DevelopmentCertificate.PasswordFileName];

    /// <summary>Every file a restore may write (databases with SQLite's companion files, which a restore removes).</summary>
    public static IEnumerable<string> Written =>
        Databases.SelectMany(d => new[] { d, d + "-wal", d + "-shm", d + "-journal" }).Concat(Secrets);

    /// <summary>A name the archive may carry: one of ours, so an archive cannot write outside the data directory.</summary>
    public static bool IsKnown(string name) => Databases.Contains(name, StringComparer.Ordinal) || Secrets.Contains(name, StringComparer.Ordinal);
}
