using System.Collections.Concurrent;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Pdf;

namespace Mpp.Workflows.Designer.Standards;

/// <summary>
/// The public service standards: <c>GET /api/standards/{service}?version=N</c> (JSON) and
/// <c>GET /api/standards/{service}/pdf?version=N</c> (the signed PDF), where <c>service</c> is the route id or its service
/// code and no version means the one in force. An unknown service, a route never published or a version that was never
/// published is 404. A published version never changes, so its PDF is signed once per host and then served as it was.
/// </summary>
internal static class StandardsApi
{
    public static IServiceCollection AddServiceStandards(this IServiceCollection services)
    {
        services.AddSingleton<ServiceStandards>();
        services.AddSingleton<StandardPdfs>();
        services.AddSingleton<IServiceStandardRenderer>(sp => new PdfDocumentRenderer(sp.GetRequiredService<IOptions<Letterhead>>().Value));
        return services;
    }

    public static IEndpointRouteBuilder MapServiceStandards(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/standards").WithTags("Standards").AllowAnonymous();
        group.MapGet("/{service}", GetAsync);
        group.MapGet("/{service}/pdf", PdfAsync);
        return app;
    }

    private static async Task<Results<Ok<ServiceStandardContent>, ProblemHttpResult>> GetAsync(
        string service, int? version, ServiceStandards standards, CancellationToken cancellationToken)
    {
        if (version is < 1)
        {
            return BadVersion();
        }

        return await standards.FindAsync(service, version, cancellationToken) is { } standard ? TypedResults.Ok(standard) : NotFound(version);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string service, int? version, ServiceStandards standards, StandardPdfs pdfs, CancellationToken cancellationToken)
    {
        if (version is < 1)
        {
            return BadVersion();
        }

        if (await standards.FindAsync(service, version, cancellationToken) is not { } standard)
        {
            return NotFound(version);
        }

        try
        {
            var pdf = await pdfs.SignedAsync(standard, cancellationToken);
            return TypedResults.File(pdf, "application/pdf", $"standar-pelayanan-{standard.DefinitionId}-v{standard.Version}.pdf");
        }
        catch (Exception e) when (e is SigningFailedException or TimestampUnavailableException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Signing unavailable",
                detail: "The service standard could not be signed just now; try again in a few minutes.");
        }
    }

    private static ProblemHttpResult BadVersion() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
        title: "Bad version", detail: "version must be a published version number, 1 or more.");

    private static ProblemHttpResult NotFound(int? version) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Not found", detail: version is null
            ? "No published service has this route id or service code."
            : "This service has no published version with this number.");

    /// <summary>Signs each standard once, with the office's certificate as receipts are, and keeps it by route, version and whether it is still in force.</summary>
    internal sealed class StandardPdfs(
        IServiceStandardRenderer renderer, IDocumentSigner signer, IOptions<Letterhead> letterhead, IOptions<EngineOptions> engine, TimeProvider time)
    {
        // A version's standard changes once: when a newer one is published, it says it is no longer in force.
        private readonly ConcurrentDictionary<(string, int, DateTimeOffset?), byte[]> _signed = new();

        public async Task<byte[]> SignedAsync(ServiceStandardContent standard, CancellationToken cancellationToken)
        {
            var key = (standard.DefinitionId, standard.Version, standard.SupersededAt);
            if (_signed.TryGetValue(key, out var known))
            {
                return known;
            }

            var office = letterhead.Value;
            var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Resolve(engine.Value.TimeZone));
            var signed = await signer.SignAsync(renderer.RenderStandard(standard),
                new SignatureInfo("Standar pelayanan", office.Place, now, office.Email.Length > 0 ? office.Email : null), null, cancellationToken);
            return _signed.GetOrAdd(key, signed);
        }
    }
}
