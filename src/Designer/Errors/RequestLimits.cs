namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// The largest request body the host reads. Definitions and application data are far smaller; uploads, when they come,
/// get their own limit on their own endpoint.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// Refuses a declared oversized body before anything reads it. Kestrel enforces the same limit on bodies without a
    /// length (chunked); this check also holds behind servers that do not (the test server, a reverse proxy).
    /// </summary>
    public static Task RefuseOversizedBody(HttpContext context, Func<Task> next) =>
        context.Request.ContentLength > MaxBodyBytes
            ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
            : next();
}
