using Microsoft.AspNetCore.StaticFiles;

namespace Mpp.Workflows.Designer.Regency;

/// <summary>
/// The regency's identity on the web: <c>/favicon.ico</c> and <c>/regency/crest</c> serve the configured files (or the
/// shipped defaults, embedded in the host), and <see cref="RegencyOptions"/> is bound for the layout.
/// </summary>
internal static class RegencyIdentity
{
    public const string CrestUrl = "/regency/crest";

    public static WebApplicationBuilder AddRegencyIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegencyOptions>()
            .Bind(builder.Configuration.GetSection(RegencyOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name), "Regency:Name must not be empty.")
            .Validate(o => o.CrestPath is null || File.Exists(o.CrestPath), "Regency:CrestPath names no file.")
            .Validate(o => o.FaviconPath is null || File.Exists(o.FaviconPath), "Regency:FaviconPath names no file.")
            .ValidateOnStart();
        return builder;
    }

    public static IEndpointRouteBuilder MapRegencyIdentity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/favicon.ico", (IOptions<RegencyOptions> options) => Serve(options.Value.FaviconPath, "favicon.ico"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet(CrestUrl, (IOptions<RegencyOptions> options) => Serve(options.Value.CrestPath, "crest-pemalang.svg"))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string? configured, string shipped)
    {
        var name = configured ?? shipped;
        var type = new FileExtensionContentTypeProvider().TryGetContentType(name, out var known) ? known : "application/octet-stream";
        if (configured is not null)
        {
            return Results.File(Path.GetFullPath(configured), type);
        }

        var stream = typeof(RegencyIdentity).Assembly.GetManifestResourceStream($"Mpp.Workflows.Designer.Regency.{shipped}")
            ?? throw new InvalidOperationException($"The shipped {shipped} is missing from the host assembly.");
        return Results.Stream(stream, type);
    }
}
