using System.IO.Compression;
using Mpp.Workflows.Designer.Cli;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Backups;

/// <summary>What the operator reads when a backup or restore cannot be done, and that nothing is written then.</summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("mpp-backup-cli-").FullName;
    private readonly string _files = Directory.CreateTempSubdirectory("mpp-backup-cli-files-").FullName;
    private string _backup = "";

    /// <summary>A backup of a host's data directory, made once the host has started and stopped.</summary>
    public async Task InitializeAsync()
    {
        await using (var host = await ChildHost.StartAsync(new TestHostBuilder(_data).OnSqlite()))
        {
        }

        _backup = Path.Combine(_files, "good.zip");
        var (code, output) = await RunAsync("backup", _backup, $"--DataDirectory={_data}");
        Assert.True(code == BackupCommands.Done, output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_files, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Backup_Fails_WhenTheFolderIsMissing_OrTheFileExists()
    {
        var (missing, missingOutput) = await RunAsync("backup", Path.Combine(_files, "nope", "b.zip"), $"--DataDirectory={_data}");
        Assert.Equal(BackupCommands.Failed, missing);
        Assert.Contains("does not exist", missingOutput, StringComparison.Ordinal);

        var (exists, existsOutput) = await RunAsync("backup", _backup, $"--DataDirectory={_data}");
        Assert.Equal(BackupCommands.Failed, exists);
        Assert.Contains("exists already", existsOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_Refuses_AFileThatIsNotABackup()
    {
        var text = Path.Combine(_files, "notes.zip");
        await File.WriteAllTextAsync(text, "not an archive");
        var other = Path.Combine(_files, "other.zip");
        using (var archive = ZipFile.Open(other, ZipArchiveMode.Create))
        {
            archive.CreateEntry("readme.txt");
        }

        foreach (var file in new[] { text, other })
        {
            var target = Directory.CreateTempSubdirectory("mpp-restore-").FullName;
            var (code, output) = await RunAsync("restore", file, $"--DataDirectory={target}");
            Assert.Equal(BackupCommands.Failed, code);
            Assert.Contains("is not a Mpp.Workflows backup", output, StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(target), e => Path.GetFileName(e) != "host.lock");
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_Refuses_ADamagedBackup_AndWritesNothing()
    {
        var damaged = Path.Combine(_files, "damaged.zip");
        File.Copy(_backup, damaged);
        using (var archive = ZipFile.Open(damaged, ZipArchiveMode.Update))
        {
            archive.GetEntry("tracking-token.key")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("tracking-token.key").Open());
            writer.Write("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        }

        var target = Directory.CreateTempSubdirectory("mpp-restore-").FullName;
        var (code, output) = await RunAsync("restore", damaged, $"--DataDirectory={target}");
        Assert.Equal(BackupCommands.Failed, code);
        Assert.Contains("tracking-token.key in the backup is damaged", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(target), e => Path.GetFileName(e) != "host.lock");
        Directory.Delete(target, recursive: true);
    }

    [Fact]
    public async Task Restore_RefusesADataDirectoryWithFiles_UnlessForced()
    {
        var (refused, output) = await RunAsync("restore", _backup, $"--DataDirectory={_data}");
        Assert.Equal(BackupCommands.Failed, refused);
        Assert.Contains("is not empty", output, StringComparison.Ordinal);

        var (forced, forcedOutput) = await RunAsync("restore", _backup, "--force", $"--DataDirectory={_data}");
        Assert.True(forced == BackupCommands.Done, forcedOutput);
        await using var host = await ChildHost.StartAsync(new TestHostBuilder(_data).OnSqlite());
        using var admin = await host.ClientAsync("admin");
    }

    [Fact]
    public async Task BothCommands_OnPostgres_SayWhatToRunInstead()
    {
        foreach (var command in new[] { "backup", "restore" })
        {
            var (code, output) = await RunAsync(
                command, _backup, "--Storage:Provider=Postgres", "--ConnectionStrings:Postgres=Host=db.example;Port=5433;Database=mpp;Username=mpp");
            Assert.Equal(BackupCommands.NotForThisStore, code);
            Assert.Contains("pg_dump -Fc -h db.example -p 5433 -U mpp -d mpp", output, StringComparison.Ordinal);
            Assert.Contains("pg_restore", output, StringComparison.Ordinal);
            Assert.Contains("recovery.signal", output, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await BackupCommands.RunAsync(args, output);
        return (code, output.ToString());
    }
}
