using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Verification;

/// <summary>
/// <c>GET /api/verify/{number}?code=…</c> (public): whether a permit or refusal letter carrying the number was issued here,
/// what kind, when, and whether it has been revoked, with the holder masked; with the document's check code (printed on it
/// and carried by its QR link) the full record: holder, SHA-256 and reason of a revocation. Any other number, a receipt's
/// included, is the same 404 as an unknown one. Permit numbers contain slashes (<c>503/0042/SIP/DPMPTSP/2026</c>), so the
/// number is the rest of the path; an encoded form (<c>%2F</c>) is accepted too.
/// </summary>
internal static class VerificationApi
{
    /// <summary>Longer than any number this host issues; a longer one is not looked up.</summary>
    private const int MaxNumberLength = 100;

    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder app)
    {
        var limit = VerificationRateLimit.Create(app.ServiceProvider.GetRequiredService<IConfiguration>());
        app.MapGet("/api/verify/{**permitNumber}", VerifyAsync).WithTags("Verification").AllowAnonymous().AddEndpointFilter(limit.ApiFilter);
        app.MapVerificationPage(limit);
        return app;
    }

    /// <summary>The number as typed or scanned, with any percent-encoding the router left in place undone.</summary>
    internal static string Number(string? raw) => Uri.UnescapeDataString(raw ?? "").Trim();

    /// <summary>The document behind <paramref name="number"/> as <paramref name="code"/> lets the caller see it; null when none.</summary>
    internal static async Task<VerificationView?> FindAsync(
        DocumentRegistry registry, string number, string? code, CancellationToken cancellationToken) =>
        number.Length is 0 or > MaxNumberLength ? null : await registry.VerifyAsync(number, code, cancellationToken);

    private static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> VerifyAsync(
        string? permitNumber, string? code, DocumentRegistry registry, CancellationToken cancellationToken)
    {
        var view = await FindAsync(registry, Number(permitNumber), code, cancellationToken);
        return view is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No permit or refusal letter carries this number.")
            : TypedResults.Ok(view);
    }
}
