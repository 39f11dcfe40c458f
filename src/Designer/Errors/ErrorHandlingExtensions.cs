namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// Every error a client can cause ends as RFC 9457 problem details: refused commands, unreadable bodies, oversized bodies,
/// unknown routes. Unexpected exceptions become a bare 500 problem without the stack.
/// </summary>
internal static class ErrorHandlingExtensions
{
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
        app.Use(RequestLimits.RefuseOversizedBody);
        return app;
    }
}
