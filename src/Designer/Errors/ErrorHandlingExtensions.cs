using Microsoft.AspNetCore.Diagnostics;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Every error a client can cause ends as RFC 9457 problem details: refused commands, unreadable bodies, oversized bodies,
/// unknown API routes (an unknown page is the site's "not found" page). Unexpected exceptions become a bare 500 problem without the stack.
/// </summary>
internal static class ErrorHandlingExtensions
{
    private const string NotFoundPath = "/not-found";

    public static WebApplicationBuilder AddApiErrors(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;

            // No "Server: Kestrel": the host does not advertise what it runs on.
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<CommandExceptionHandler>();
        builder.Services.AddExceptionHandler<StoreUnavailableExceptionHandler>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Without this, minimal APIs answer an unreadable body with an empty 400 outside Development; throwing lets the
        // handler above say what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(NotFoundPage);

        // Routing after the two above, so a request they run again (the "not found" page) is routed afresh.
        app.UseRouting();
        app.Use(RequestLimits.RefuseOversizedBody);
        app.Use(TransientStoreRetry.RunAsync);
        return app;
    }

    /// <summary>
    /// A person who follows a dead link gets the site's own "not found" page, in their language, with status 404; API clients
    /// and every other status get problem details (<c>UseStatusCodePages</c>).
    /// </summary>
    private static async Task NotFoundPage(HttpContext context, RequestDelegate next)
    {
        await next(context).ConfigureAwait(false);
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status404NotFound || response.HasStarted || response.ContentLength is not null
            || !string.IsNullOrEmpty(response.ContentType) || !IsPageRead(context)
            || context.Features.Get<IStatusCodePagesFeature>() is { Enabled: false })
        {
            return;
        }

        var (path, query) = (context.Request.Path, context.Request.QueryString);

        // Marked as a re-execution, as the framework's status-code pages do, so the page renders as the answer to this request.
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path.Value ?? string.Empty,
            OriginalPathBase = context.Request.PathBase.Value ?? string.Empty,
            OriginalQueryString = query.HasValue ? query.Value : null,
            Endpoint = context.GetEndpoint(),
        });
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        context.Request.Path = NotFoundPath;
        context.Request.QueryString = QueryString.Empty;

        // A scope of its own, as the framework's re-execution makes: the first pass's scoped services (a page's navigation
        // manager among them) are already initialised.
        var services = context.RequestServices;
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.RequestServices = services;
            context.Request.Path = path;
            context.Request.QueryString = query;
            context.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }

    private static bool IsPageRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
