using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// <c>/api/applications/{id}/documents</c> and <c>/api/documents/{id}</c>: staff of an office involved in the application, or
/// the applicant with the tracking token (<c>?token=</c>), list and download its PDFs; admins revoke a document.
/// </summary>
internal static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/applications/{id:guid}/documents", ListAsync).WithTags("Documents").AllowAnonymous();
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id:guid}", DownloadAsync).AllowAnonymous();
        group.MapPost("/{id:guid}/revoke", RevokeAsync).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static async Task<Results<Ok<List<DocumentListItem>>, ProblemHttpResult>> ListAsync(
        Guid id, string? token, ClaimsPrincipal user, IApplicationReader applications, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, token, user, applications, runtime, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var documents = await files.ListDocumentsAsync(id, cancellationToken);
        return TypedResults.Ok(documents.Select(d => new DocumentListItem(d.Id, d.Kind, d.Number, d.Sha256, d.IssuedAt, d.RevokedAt is not null)).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, string? token, ClaimsPrincipal user, IApplicationReader applications, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var document = await files.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(document.Summary.InstanceId, token, user, applications, runtime, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var fileName = DocumentFileNames.For(document.Summary.Kind, document.Summary.Number);
        return TypedResults.File(document.Content, "application/pdf", fileName);
    }

    private static async Task<Results<Ok<DocumentSummary>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest request, ClaimsPrincipal user, DocumentRegistry registry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > DocumentRegistry.MaxReasonLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reason"] = [$"Give the reason for the revocation (1 to {DocumentRegistry.MaxReasonLength} characters)."] },
                title: "A revocation needs a reason");
        }

        var revoked = await registry.RevokeAsync(id, request.Reason, user.ToActor(), cancellationToken);
        return revoked is null ? NotFound() : TypedResults.Ok(revoked);
    }

    /// <summary>
    /// Null when the caller may see the application's documents. Anonymous callers without the right token get the same 404
    /// as for an unknown application, so ids cannot be probed; signed-in staff of an uninvolved office get a 403.
    /// </summary>
    internal static async Task<ProblemHttpResult?> RefuseAsync(
        Guid applicationId, string? token, ClaimsPrincipal user, IApplicationReader applications, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var instance = await applications.GetAsync(applicationId, cancellationToken);
        if (instance is null)
        {
            return NotFound();
        }

        if (TrackingTokens.Matches(token, instance.TrackingTokenHash))
        {
            return null;
        }

        var actor = user.ToActor();
        if (actor == Actor.Applicant)
        {
            return NotFound();
        }

        return await runtime.CanSeeApplicationAsync(applicationId, actor, cancellationToken)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not an application of your office",
                detail: "Staff see the documents of applications in which their office has or had a task.");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such document or application.");
}
