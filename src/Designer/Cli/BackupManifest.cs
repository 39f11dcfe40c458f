using System.IO.Compression;
using System.Reflection;

namespace Mpp.Workflows.Designer.Cli;

/// <summary>
/// <c>manifest.json</c>, the first entry of a backup archive: what made it, when, from which store at which schema version, and
/// each file's size and SHA-256 so a restore notices a damaged archive before it writes anything.
/// </summary>
internal sealed record BackupManifest(
    string Format,
    int FormatVersion,
    string ProductVersion,
    string Store,
    int SchemaVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyList<BackupFile> Files)
{
    public const string EntryName = "manifest.json";
    public const string FormatName = "mpp-workflows-backup";
    public const int CurrentFormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The informational version of this build (e.g. <c>1.0.0+abc123</c>).</summary>
    public static string CurrentProductVersion =>
        typeof(BackupManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public void WriteTo(ZipArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var stream = archive.CreateEntry(EntryName, CompressionLevel.Optimal).Open();
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <summary>The archive's manifest; <see cref="BackupException"/> when the archive is not a backup of this product.</summary>
    public static BackupManifest ReadFrom(ZipArchive archive, string path)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var entry = archive.GetEntry(EntryName) ?? throw new BackupException($"{path} is not a Mpp.Workflows backup (it has no {EntryName}).");
        BackupManifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Json);
        }
        catch (JsonException exception)
        {
            throw new BackupException($"{path} is not a Mpp.Workflows backup (its {EntryName} is unreadable: {exception.Message}).");
        }

        if (manifest is null || manifest.Format != FormatName || manifest.Files is null)
        {
            throw new BackupException($"{path} is not a Mpp.Workflows backup (its {EntryName} is of another format).");
        }

        if (manifest.FormatVersion > CurrentFormatVersion)
        {
            throw new BackupException(
                $"{path} was written by a newer version ({manifest.ProductVersion}, backup format {manifest.FormatVersion}); "
                + "restore it with that version.");
        }

        return manifest;
    }
}

/// <summary>One file of a backup: its name in the data directory (and the archive), size and SHA-256 (hex).</summary>
internal sealed record BackupFile(string Name, long Size, string Sha256);
