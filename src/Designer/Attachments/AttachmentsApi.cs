using Microsoft.AspNetCore.Mvc;
using Mpp.Workflows.Designer.Applications;
using Mpp.Workflows.Designer.Documents;
using Mpp.Workflows.Engine.Attachments;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Mpp.Workflows.Designer.Attachments;

/// <summary>
/// Files for the form's <c>File</c> inputs. Submission and resubmission with files are <c>multipart/form-data</c> on their
/// own routes (the JSON routes stay as they are): a part <c>application</c> holds the same JSON as the JSON body, and each
/// file part is named after its input. Staff of an involved office, or the applicant with the tracking token, list and
/// download the files.
/// </summary>
internal static class AttachmentsApi
{
    /// <summary>The multipart part that carries the JSON body of the matching JSON route.</summary>
    public const string ApplicationPart = "application";

    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/applications/with-files", SubmitAsync).WithTags("Applications").AllowAnonymous()
            .Accepts<IFormCollection>("multipart/form-data").WithMetadata(new AcceptsUploadsAttribute()).RequireSubmissionLimit();
        app.MapPost("/api/applications/{id:guid}/resubmit/with-files", ResubmitAsync).WithTags("Applications").AllowAnonymous()
            .Accepts<IFormCollection>("multipart/form-data").WithMetadata(new AcceptsUploadsAttribute());
        app.MapGet("/api/applications/{id:guid}/attachments", ListAsync).WithTags("Attachments").AllowAnonymous();
        app.MapGet("/api/attachments/{id:guid}", DownloadAsync).WithTags("Attachments").AllowAnonymous();
        return app;
    }

    private static async Task<Results<Created<SubmitResult>, ValidationProblem>> SubmitAsync(
        HttpRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        WorkflowRuntime runtime,
        IOptions<HttpJsonOptions> json,
        CancellationToken cancellationToken)
    {
        var (body, files, problem) = await ReadAsync<SubmitRequest>(request, json.Value.SerializerOptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body?.DefinitionId))
        {
            return Invalid(ApplicationPart, "Name the service (definitionId) in the 'application' part.");
        }

        var result = await runtime.SubmitAsync(body.ToCommand(idempotencyKey, user, files), cancellationToken);
        return TypedResults.Created($"/api/applications/{result.Id}", result);
    }

    private static async Task<Results<Ok<ApplicationView>, ValidationProblem>> ResubmitAsync(
        Guid id, string? token, HttpRequest request, WorkflowRuntime runtime, IOptions<HttpJsonOptions> json, CancellationToken cancellationToken)
    {
        var (body, files, problem) = await ReadAsync<ResubmitRequest>(request, json.Value.SerializerOptions, cancellationToken);
        return problem ?? (Results<Ok<ApplicationView>, ValidationProblem>)TypedResults.Ok(
            await runtime.ResubmitAsync(id, token, body?.Data ?? [], files, cancellationToken));
    }

    private static async Task<Results<Ok<List<AttachmentListItem>>, ProblemHttpResult>> ListAsync(
        Guid id, string? token, ClaimsPrincipal user, IApplicationReader applications, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (await DocumentsApi.RefuseAsync(id, token, user, applications, runtime, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var instance = await applications.GetAsync(id, cancellationToken);
        var data = JsonNode.Parse(instance!.DataJson) as JsonObject;
        var attachments = await files.ListAttachmentsAsync(id, cancellationToken);
        return TypedResults.Ok(attachments.Select(a => new AttachmentListItem(
            a.Id, a.FieldName, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt,
            data?[a.FieldName] is JsonValue v && v.ToString() == a.Id.ToString("D"))).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, string? token, ClaimsPrincipal user, IApplicationReader applications, IApplicationFileReader files, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var attachment = await files.GetAttachmentAsync(id, cancellationToken);
        if (attachment is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such file or application.");
        }

        return await DocumentsApi.RefuseAsync(attachment.Summary.InstanceId, token, user, applications, runtime, cancellationToken) is { } refusal
            ? refusal
            : TypedResults.File(attachment.Content, attachment.Summary.ContentType, attachment.Summary.FileName);
    }

    /// <summary>Reads the JSON part and the files; a body that is not readable multipart is a 400, never a 500.</summary>
    private static async Task<(T? Body, List<AttachmentUpload> Files, ValidationProblem? Problem)> ReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasFormContentType)
        {
            return (null, [], Invalid("Content-Type", "Send multipart/form-data: an 'application' part with the JSON body and one part per file."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or (IOException and not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            // A truncated or garbled multipart body ends the stream early (IOException) or breaks its framing.
            return (null, [], Invalid("body", $"The multipart body cannot be read: {e.Message}"));
        }

        T? body = null;
        var text = form[ApplicationPart].ToString();

        // The form reader decodes a part's bytes leniently, each invalid UTF-8 sequence becoming U+FFFD; the JSON routes
        // refuse such bytes (400), and so does this one: a body carries no replacement character of its own.
        if (text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return (null, [], Invalid(ApplicationPart, "The 'application' part is not valid UTF-8 (or holds U+FFFD, the replacement character)."));
        }

        if (text.Length > 0)
        {
            try
            {
                body = JsonSerializer.Deserialize<T>(text, options);
            }
            catch (JsonException e)
            {
                return (null, [], Invalid(ApplicationPart, $"The 'application' part is not valid JSON: {e.Message}"));
            }
        }

        var files = new List<AttachmentUpload>();
        foreach (var file in form.Files)
        {
            files.Add(await ToUploadAsync(file, cancellationToken));
        }

        return (body, files, null);
    }

    /// <summary>A form file as the engine checks it; the part name may carry the page's <c>data.</c> prefix.</summary>
    public static async Task<AttachmentUpload> ToUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, cancellationToken);
        var field = file.Name.StartsWith("data.", StringComparison.Ordinal) ? file.Name["data.".Length..] : file.Name;
        return new AttachmentUpload(field, file.FileName, buffer.ToArray());
    }

    private static ValidationProblem Invalid(string key, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] }, title: "The upload is incomplete or malformed");
}
