using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Verification;

/// <summary>
/// <c>GET /api/verify/{number}</c> (public): whether a document number was issued here, to whom, when, with which SHA-256,
/// and whether it has been revoked. Permit numbers contain slashes (<c>503/0042/SIP/DPMPTSP/2026</c>), so the number is the
/// rest of the path; an encoded form (<c>%2F</c>) is accepted too.
/// </summary>
internal static class VerificationApi
{
    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/verify/{**permitNumber}", VerifyAsync).WithTags("Verification").AllowAnonymous();
        app.MapVerificationPage();
        return app;
    }

    /// <summary>The number as typed or scanned, with any percent-encoding the router left in place undone.</summary>
    internal static string Number(string? raw) => Uri.UnescapeDataString(raw ?? "").Trim();

    private static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> VerifyAsync(
        string? permitNumber, DocumentRegistry registry, CancellationToken cancellationToken)
    {
        var view = await registry.VerifyAsync(Number(permitNumber), cancellationToken);
        return view is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No document carries this number.")
            : TypedResults.Ok(view);
    }
}
