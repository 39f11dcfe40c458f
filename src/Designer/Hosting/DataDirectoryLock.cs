namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// The lock file <c>&lt;DataDirectory&gt;/host.lock</c>: every host on the embedded store holds it shared while it runs (several
/// may, e.g. a restart overlapping its predecessor), and <c>restore</c> takes it exclusively, so it refuses a data directory a
/// host is using and no host starts on one it is filling. The operating system lets go of it when the process ends, however it
/// ends; the file itself stays and means nothing on its own.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "host.lock";

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>A host's share of the lock; fails only while a restore holds it.</summary>
    public static DataDirectoryLock Shared(string dataDirectory)
    {
        try
        {
            // Opened for reading (created when missing): .NET then takes flock(LOCK_SH) on Unix, which other hosts share and an
            // exclusive opener is refused.
            return new DataDirectoryLock(new FileStream(PathIn(dataDirectory), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite));
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The data directory '{dataDirectory}' is being restored (its {FileName} is held); start the host when the restore has ended.",
                exception);
        }
    }

    /// <summary>The lock for this process alone, or null while a host holds it.</summary>
    public static DataDirectoryLock? TryExclusive(string dataDirectory)
    {
        try
        {
            return new DataDirectoryLock(new FileStream(PathIn(dataDirectory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();

    private static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);
}
