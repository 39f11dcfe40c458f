using Mpp.Workflows.Designer.Auth;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Model.Payloads;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// <c>/api/admin/outbox</c> (admins): documents and mails that could not be delivered (<c>?status=Failed</c>) or are still
/// queued, and a retry that puts a failed row back in the queue.
/// </summary>
internal static class OutboxApi
{
    private const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapOutboxAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox").WithTags("Admin").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
        return app;
    }

    private static async Task<Results<Ok<List<OutboxRowView>>, ValidationProblem>> ListAsync(
        string? status, int? limit, IOutboxReader outbox, CancellationToken cancellationToken)
    {
        string[] statuses = [OutboxStatuses.Pending, OutboxStatuses.Sent, OutboxStatuses.Failed];
        var known = string.IsNullOrWhiteSpace(status) ? null : statuses.FirstOrDefault(s => s.Equals(status, StringComparison.OrdinalIgnoreCase));
        if ((!string.IsNullOrWhiteSpace(status) && known is null) || limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["status"] = [$"One of {string.Join(", ", statuses)}, or none for all."],
                    ["limit"] = [$"1 to {MaxLimit}."],
                },
                title: "Invalid outbox query");
        }

        var rows = await outbox.ListAsync(known, limit ?? 100, cancellationToken);
        return TypedResults.Ok(rows.Select(View).ToList());
    }

    private static async Task<Results<Ok<OutboxRowView>, ProblemHttpResult>> RetryAsync(
        Guid id, OutboxDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var row = await dispatcher.RetryAsync(id, cancellationToken);
        return row is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Only a failed outbox row can be retried",
                detail: "The row is unknown, still queued or already delivered.")
            : TypedResults.Ok(View(row));
    }

    private static OutboxRowView View(OutboxMessage row) =>
        new(row.Id, row.InstanceId, row.Kind, row.Status, row.Attempts, row.CreatedAt, row.NextAttemptAt, row.LastError, Summary(row));

    /// <summary>The document kind, or the mail's template · subject · recipient; null when the payload cannot be read (see lastError).</summary>
    private static string? Summary(OutboxMessage row) =>
        OutboxPayloads.TryRead(row.Kind, row.PayloadJson, out var payload, out _)
            ? payload switch
            {
                IssueDocumentPayload document => document.DocumentKind,
                ActivityMailPayload mail => Join(mail.Subject, mail.To),
                ReminderMailPayload mail => Join(mail.Template, mail.To),
                StatutoryDeadlineMailPayload mail => Join(mail.Template, mail.To),
                MailPayload mail => Join(mail.Template),
                _ => null,
            }
            : null;

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
}
