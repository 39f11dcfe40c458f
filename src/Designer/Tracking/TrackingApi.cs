using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Tracking;

/// <summary>
/// <c>/api/track</c>: the applicant follows a file with its registration number and tracking token, and downloads its
/// receipt (<c>/api/track/{number}/receipt</c>: the latest receipt PDF, the link the receipt page gives before the
/// receipt's id is known). The number may be typed in any case.
/// </summary>
internal static class TrackingApi
{
    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/track/{registrationNumber}", TrackAsync).WithTags("Tracking").AllowAnonymous();
        app.MapGet("/api/track/{registrationNumber}/receipt", ReceiptAsync).WithTags("Tracking").AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<TrackingView>, ProblemHttpResult>> TrackAsync(
        string registrationNumber, string? token, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var view = await runtime.TrackAsync(registrationNumber, token, cancellationToken);

        // One answer for an unknown number and a wrong token, so numbers cannot be probed.
        return view is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No application matches this number and token.")
            : TypedResults.Ok(view);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReceiptAsync(
        string registrationNumber,
        string? token,
        WorkflowRuntime runtime,
        IApplicationReader applications,
        IApplicationFileReader files,
        CancellationToken cancellationToken)
    {
        // The token is checked first, with the tracking view's one answer for an unknown number and a wrong token.
        if (await runtime.TrackAsync(registrationNumber, token, cancellationToken) is not { } view
            || await applications.FindByRegistrationNumberAsync(view.RegistrationNumber, cancellationToken) is not { } instance)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No application matches this number and token.");
        }

        var summary = (await files.ListDocumentsAsync(instance.Id, cancellationToken))
            .Where(d => d.Kind == DocumentKinds.Receipt)
            .MaxBy(d => d.IssuedAt);
        if (summary is null || await files.GetDocumentAsync(summary.Id, cancellationToken) is not { } document)
        {
            // Issued by the outbox moments after submission: the applicant is told to try again rather than sent nowhere.
            var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: english ? "The receipt is being prepared" : "Tanda terima sedang disiapkan",
                detail: english ? "Try again in a few moments; it is also sent to your e-mail address."
                    : "Coba lagi dalam beberapa saat; tanda terima juga dikirim ke alamat surel Anda.");
        }

        return TypedResults.File(document.Content, "application/pdf", DocumentFileNames.For(document.Summary.Kind, document.Summary.Number));
    }
}
