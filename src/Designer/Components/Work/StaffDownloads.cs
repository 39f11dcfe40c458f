using Microsoft.Net.Http.Headers;
using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Components.Work;

/// <summary>
/// Downloads for the staff pages. The API under <c>/api</c> takes bearer tokens only, so the application page links here,
/// where the staff cookie applies; the office rule is the API's.
/// </summary>
internal static class StaffDownloads
{
    public static IEndpointRouteBuilder MapStaffDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/applications/{id:guid}").RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        group.MapGet("/documents/{documentId:guid}", DocumentAsync);
        group.MapGet("/attachments/{attachmentId:guid}", AttachmentAsync);
        group.MapGet("/draft-permit", DraftPermitAsync);
        group.MapGet("/receipt", ReceiptAsync);
        return app;
    }

    /// <summary>
    /// The permit as it would be issued now, unsigned and watermarked, for the signer to check before signing; opened in the
    /// browser, never stored.
    /// </summary>
    private static async Task<IResult> DraftPermitAsync(
        Guid id, HttpContext context, IApplicationReader applications, DefinitionProvider definitions, DocumentIssuer issuer,
        WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (await applications.GetAsync(id, cancellationToken) is not { } instance)
        {
            return Results.NotFound();
        }

        if (await RefuseAsync(id, context, runtime, cancellationToken) is { } refused)
        {
            return refused;
        }

        var definition = await definitions.GetVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        byte[] pdf;
        try
        {
            pdf = await issuer.RenderDraftPermitAsync(instance, definition, cancellationToken);
        }
        catch (InvalidDataException)
        {
            // The route has no permit template: the signer is told so instead of getting an error page.
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Texts.DraftPermitUnavailable);
        }

        return Inline(context, pdf, $"draf-izin-{instance.RegistrationNumber}.pdf");
    }

    /// <summary>The application's receipt, opened in the browser so that the counter can print it for a walk-in applicant.</summary>
    private static async Task<IResult> ReceiptAsync(
        Guid id, HttpContext context, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, context, runtime, cancellationToken) is { } refused)
        {
            return refused;
        }

        var receipt = (await files.ListDocumentsAsync(id, cancellationToken)).LastOrDefault(d => d.Kind == DocumentKinds.Receipt);
        if (receipt is null || await files.GetDocumentAsync(receipt.Id, cancellationToken) is not { } document)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Texts.ReceiptBeingMade);
        }

        return Inline(context, document.Content, DocumentFileNames.For(document.Summary.Kind, document.Summary.Number));
    }

    /// <summary>A PDF the browser shows (and prints) rather than saves.</summary>
    private static IResult Inline(HttpContext context, byte[] pdf, string fileName)
    {
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = fileName }.ToString();
        return Results.File(pdf, "application/pdf");
    }

    private static async Task<IResult> DocumentAsync(
        Guid id, Guid documentId, HttpContext context, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await ServeAsync(
            id, await files.GetDocumentAsync(documentId, cancellationToken), d => d.Summary.InstanceId,
            d => Results.File(d.Content, "application/pdf", DocumentFileNames.For(d.Summary.Kind, d.Summary.Number)),
            context, runtime, cancellationToken);

    private static async Task<IResult> AttachmentAsync(
        Guid id, Guid attachmentId, HttpContext context, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await ServeAsync(
            id, await files.GetAttachmentAsync(attachmentId, cancellationToken), a => a.Summary.InstanceId,
            a => Results.File(a.Content, a.Summary.ContentType, a.Summary.FileName),
            context, runtime, cancellationToken);

    /// <summary>
    /// A stored file of application <paramref name="id"/>: not found when it is another application's (or none), the
    /// refusal when the caller may not read the application, else the download.
    /// </summary>
    private static async Task<IResult> ServeAsync<T>(
        Guid id, T? file, Func<T, Guid> applicationOf, Func<T, IResult> download, HttpContext context, WorkflowRuntime runtime,
        CancellationToken cancellationToken)
        where T : class =>
        file is null || applicationOf(file) != id
            ? Results.NotFound()
            : await RefuseAsync(id, context, runtime, cancellationToken) ?? download(file);

    private static async Task<IResult?> RefuseAsync(Guid id, HttpContext context, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.CanSeeApplicationAsync(id, context.User.ToActor(), cancellationToken) ? null : Results.Forbid();
}
