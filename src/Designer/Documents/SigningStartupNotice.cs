using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// Says once at start how documents are signed: with a timestamp from <c>Signing:TimestampUrl</c> (PAdES baseline B-T), or,
/// without one, as B-B, whose signing time nobody vouches for. Logged as a warning then, so an office notices before it relies on it.
/// </summary>
internal sealed class SigningStartupNotice(IConfiguration configuration, ILogger<SigningStartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (DocumentPipelineExtensions.TimestampAuthority(configuration) is { } url)
        {
            logger.LogInformation("Documents are signed as PAdES baseline B-T with timestamps from {TimestampUrl}", url);
        }
        else
        {
            logger.LogWarning(
                "Documents are signed as PAdES baseline B-B and carry no timestamp: set {Key} to a timestamp authority (RFC 3161) "
                + "so their signing time is vouched for", $"{SigningOptions.SectionName}:{nameof(SigningOptions.TimestampUrl)}");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
