using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Engine.Runtime;

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
        return app;
    }

    private static async Task<IResult> DocumentAsync(
        Guid id, Guid documentId, HttpContext context, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var document = await files.GetDocumentAsync(documentId, cancellationToken);
        return document is null || document.InstanceId != id
            ? Results.NotFound()
            : await RefuseAsync(id, context, runtime, cancellationToken)
              ?? Results.File(document.Content, "application/pdf", DocumentFileNames.For(document.Kind, document.Number));
    }

    private static async Task<IResult> AttachmentAsync(
        Guid id, Guid attachmentId, HttpContext context, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var attachment = await files.GetAttachmentAsync(attachmentId, cancellationToken);
        return attachment is null || attachment.Summary.InstanceId != id
            ? Results.NotFound()
            : await RefuseAsync(id, context, runtime, cancellationToken)
              ?? Results.File(attachment.Content, attachment.Summary.ContentType, attachment.Summary.FileName);
    }

    private static async Task<IResult?> RefuseAsync(Guid id, HttpContext context, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.CanSeeApplicationAsync(id, context.User.ToActor(), cancellationToken) ? null : Results.Forbid();
}
