using Mpp.Workflows.Engine.Mail;

namespace Mpp.Workflows.Engine.Email;

/// <summary>
/// Writes each mail as <c>&lt;Message-Id&gt;.eml</c> into a directory, for offline installations and development.
/// A file appears whole or not at all (written under a temporary name, flushed, then renamed), and a retried mail
/// replaces its earlier file because the name comes from the Message-Id.
/// </summary>
public sealed class PickupDirectoryMailTransport : IMailTransport
{
    private const string TemporarySuffix = ".tmp";

    private readonly MailOptions options;

    public PickupDirectoryMailTransport(MailOptions options, string directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.options = options;
        DirectoryPath = Path.GetFullPath(directory);
    }

    public string DirectoryPath { get; }

    public bool IsPermanent(Exception error) => MailFailures.IsPermanent(error);

    public async Task SendBatchAsync(
        IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, Exception?, Task> onResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(onResult);
        foreach (var mail in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var error = await WriteAsync(mail, cancellationToken).ConfigureAwait(false);
            await onResult(mail, error).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>0f8fad5bd9cb469fa16570867728950e@mpp.local.eml</c> for <c>&lt;0f8fad5bd9cb469fa16570867728950e@mpp.local&gt;</c>:
    /// characters other than letters, digits and <c>@.-_</c> become <c>_</c>.
    /// </summary>
    public static string FileNameFor(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var name = new StringBuilder(messageId.Length + 4);
        foreach (var c in messageId.Trim().TrimStart('<').TrimEnd('>'))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '-' or '_' ? c : '_');
        }

        return name.Append(".eml").ToString();
    }

    private async Task<Exception?> WriteAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(DirectoryPath, "." + Guid.NewGuid().ToString("N") + TemporarySuffix);
        var moved = false;
        try
        {
            Directory.CreateDirectory(DirectoryPath);
            using (var message = MailComposer.Compose(mail, options))
            {
                var stream = new FileStream(
                    temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, FileOptions.Asynchronous);
                await using (stream.ConfigureAwait(false))
                {
                    await message.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
                    // Without this a power cut after the rename can leave an empty file under the final name.
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, Path.Combine(DirectoryPath, FileNameFor(mail.MessageId)), overwrite: true);
            moved = true;
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
        finally
        {
            if (!moved)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover *.tmp is harmless: nothing reads it as mail.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
