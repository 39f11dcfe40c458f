using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Designer.Tracking;

/// <summary><c>/api/track</c>: the applicant follows a file with its registration number and tracking token.</summary>
internal static class TrackingApi
{
    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/track/{registrationNumber}", TrackAsync).WithTags("Tracking").AllowAnonymous();
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
}
