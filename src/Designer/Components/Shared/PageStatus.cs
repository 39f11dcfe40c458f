using Microsoft.AspNetCore.Diagnostics;

namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// Sets a page's HTTP status while keeping the page itself as the body: the API's status-code-pages middleware would
/// otherwise replace a 404 or 400 page with a problem-details JSON body.
/// </summary>
internal static class PageStatus
{
    public static void Set(HttpContext context, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        context.Response.StatusCode = statusCode;
    }
}
