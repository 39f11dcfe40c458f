using Microsoft.AspNetCore.Http.Features;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// The largest request body the host reads. Definitions and application data are far smaller; endpoints marked
/// <see cref="AcceptsUploadsAttribute"/> take files and get room for a few of the largest accepted size.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>How many files of the largest accepted size one upload request may carry.</summary>
    private const int FilesPerRequest = 4;

    public static long UploadBodyBytes(EngineOptions options) => (options.MaxAttachmentBytes * FilesPerRequest) + MaxBodyBytes;

    /// <summary>
    /// Refuses a declared oversized body before anything reads it. Kestrel enforces the same limit on bodies without a
    /// length (chunked); this check also holds behind servers that do not (the test server, a reverse proxy).
    /// </summary>
    public static Task RefuseOversizedBody(HttpContext context, Func<Task> next)
    {
        var limit = MaxBodyBytes;
        if (context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUploadsAttribute>() is not null)
        {
            limit = UploadBodyBytes(context.RequestServices.GetRequiredService<IOptions<EngineOptions>>().Value);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
        }

        return context.Request.ContentLength > limit
            ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
            : next();
    }
}
