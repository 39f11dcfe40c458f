using System.Security.Cryptography;

namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// The secret tracking tokens are derived from (<c>Engine:TrackingTokenSecret</c>, base64 of at least 32 bytes). When it is not
/// configured the host keeps one in <c>&lt;DataDirectory&gt;/tracking-token.key</c>, created on first start with a new random
/// value and readable by the host's user only. It is not in the database, so a database copy cannot make tokens; every host
/// serving the same store must use the same secret (configure it, or share the file), and replacing it invalidates the
/// tracking links of applications filed before (their codes still work, but mails can no longer include them).
/// </summary>
internal static class TrackingTokenSecret
{
    public const string FileName = "tracking-token.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static WebApplicationBuilder AddTrackingTokenSecret(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPostConfigureOptions<EngineOptions>>(new FromDataDirectory(builder.Configuration));
        return builder;
    }

    /// <summary>The secret in <paramref name="path"/>, created there first when there is none.</summary>
    public static string ReadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            // Written beside and moved into place, so a second host starting at the same moment never reads half a file.
            var draft = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var writer = new StreamWriter(draft, Encoding.ASCII, options))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }

            try
            {
                File.Move(draft, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(draft);
            }
        }

        var secret = File.ReadAllText(path).Trim();
        try
        {
            TrackingTokenIssuer.ReadSecret(secret);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"The tracking token secret in '{path}' is unusable: {exception.Message}", exception);
        }

        return secret;
    }

    private sealed class FromDataDirectory(IConfiguration configuration) : IPostConfigureOptions<EngineOptions>
    {
        public void PostConfigure(string? name, EngineOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.TrackingTokenSecret))
            {
                options.TrackingTokenSecret = ReadOrCreate(Path.Combine(DataDirectory.Resolve(configuration), FileName));
            }
        }
    }
}
