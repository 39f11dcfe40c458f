using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Observability;

namespace Mpp.Workflows.Engine.Outbox;

/// <summary>
/// Works off the outbox after commits: claims due rows in a short transaction (a lease, see <see cref="OutboxOptions.Lease"/>),
/// issues the documents among them first, then sends their mails as one batch over one connection, and records each result
/// in its own transaction. Each row's payload is read with <see cref="OutboxPayloads"/>; one that cannot be read (unknown kind,
/// template or schema version, malformed) fails at once with the reason. Other failures are retried with <see cref="RetryPolicy"/> backoff and end as
/// <see cref="OutboxStatuses.Failed"/> rows for an admin to see and retry. Every mail carries the Message-Id of its row, so a
/// mail sent again after a crash is recognisable as the same mail. Safe to run on several hosts at once.
/// </summary>
public sealed class OutboxDispatcher
{
    private const int MaxErrorLength = 2000;

    private readonly IWorkflowStore store;
    private readonly DocumentIssuer issuer;
    private readonly IMailTransport transport;
    private readonly MailOptions mailOptions;
    private readonly OutboxOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<OutboxDispatcher> logger;
    private readonly OutboxMailBuilder mails;

    public OutboxDispatcher(
        IWorkflowStore store,
        DocumentIssuer issuer,
        DefinitionProvider definitions,
        IMailTransport transport,
        IOptions<MailOptions> mailOptions,
        IOptions<OutboxOptions> options,
        IOptions<DocumentOptions> documentOptions,
        IOptions<EngineOptions> engineOptions,
        TimeProvider time,
        ILogger<OutboxDispatcher> logger,
        CalendarBook calendars,
        TrackingTokenIssuer tokens)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(mailOptions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(documentOptions);
        ArgumentNullException.ThrowIfNull(engineOptions);
        this.store = store;
        this.issuer = issuer;
        this.transport = transport;
        this.mailOptions = mailOptions.Value;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        mails = new OutboxMailBuilder(store, definitions, documentOptions.Value, tokens, TimeZones.Resolve(engineOptions.Value.TimeZone), calendars,
            new RouteMailPolicy(engineOptions.Value.Mail.AllowedRecipientDomains), new PermitRenewals(store, definitions, documentOptions, tokens, time, engineOptions));
    }

    /// <summary>Passes until no row is due; returns how many rows were handled. This is the job body a scheduler runs.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var (handled, serverUnavailable) = await PassAsync(cancellationToken).ConfigureAwait(false);
            total += handled;
            if (handled < options.BatchSize || serverUnavailable)
            {
                // While the mail server is away its mails stay due; the next run tries again, not this loop.
                return total;
            }
        }
    }

    /// <summary>One claim of at most <see cref="OutboxOptions.BatchSize"/> due rows, carried out; returns how many were claimed.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken) =>
        (await PassAsync(cancellationToken).ConfigureAwait(false)).Claimed;

    /// <summary>One pass; says how many rows it claimed and whether the mail server could not be reached.</summary>
    private async Task<(int Claimed, bool ServerUnavailable)> PassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseToken = Guid.NewGuid();
        IReadOnlyList<OutboxMessage> claimed;
        await using (var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false))
        {
            claimed = await session.ClaimOutboxAsync(now, now + options.Lease, options.BatchSize, leaseToken, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (claimed.Count == 0)
        {
            return (0, false);
        }

        await using var renewal = OutboxLeaseRenewal.Start(store, leaseToken, options.Lease, time, logger);

        var documents = new List<(OutboxMessage Row, IssueDocumentPayload Payload)>();
        var mailRows = new List<(OutboxMessage Row, MailPayload Payload)>();
        foreach (var row in claimed)
        {
            if (!OutboxPayloads.TryRead(row.Kind, row.PayloadJson, out var payload, out var error))
            {
                await FailAsync(row, error, cancellationToken).ConfigureAwait(false);
            }
            else if (payload is IssueDocumentPayload document)
            {
                documents.Add((row, document));
            }
            else
            {
                mailRows.Add((row, (MailPayload)payload));
            }
        }

        // Documents first: mails of the same pass may attach them.
        foreach (var (row, payload) in documents)
        {
            using var scope = EngineTelemetry.BeginOutboxRow(logger, row);
            try
            {
                await issuer.IssueAsync(row, payload, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Issuing the document of outbox row {RowId} failed", row.Id);
                await RecordFailureAsync(row, exception, permanent: false, cancellationToken).ConfigureAwait(false);
            }
        }

        var batch = new List<OutgoingMail>();
        var rowOf = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        foreach (var (row, payload) in mailRows)
        {
            using var scope = EngineTelemetry.BeginOutboxRow(logger, row);
            MailPlan plan;
            try
            {
                plan = await mails.PlanAsync(row, payload, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Preparing the mail of outbox row {RowId} failed", row.Id);
                await RecordFailureAsync(row, exception, permanent: false, cancellationToken).ConfigureAwait(false);
                continue;
            }

            switch (plan)
            {
                case MailPlan.Send send:
                    batch.Add(send.Mail);
                    rowOf[send.Mail.MessageId] = row;
                    break;
                case MailPlan.Wait wait:
                    await UpdateAsync(row, current => current with { NextAttemptAt = wait.Until, LastError = wait.Why }, cancellationToken)
                        .ConfigureAwait(false);
                    break;
                case MailPlan.Fail fail:
                    await FailAsync(row, fail.Why, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        var serverUnavailable = false;
        if (batch.Count > 0)
        {
            await transport.SendBatchAsync(
                batch,
                (mail, error) =>
                {
                    serverUnavailable |= error is MailNotAttemptedException;
                    return error switch
                    {
                        null => UpdateAsync(rowOf[mail.MessageId], Delivered, cancellationToken),
                        MailNotAttemptedException => WaitForServerAsync(rowOf[mail.MessageId], error, cancellationToken),
                        _ => RecordFailureAsync(rowOf[mail.MessageId], error, transport.IsPermanent(error), cancellationToken),
                    };
                },
                cancellationToken).ConfigureAwait(false);
        }

        if (serverUnavailable)
        {
            logger.LogWarning("The mail server cannot take mail; the pass's unsent mails wait in the outbox, oldest first");
        }

        return (claimed.Count, serverUnavailable);
    }

    /// <summary>Puts a failed row back in the queue, due now, with a fresh set of attempts; null unless it was failed.</summary>
    public async Task<OutboxMessage?> RetryAsync(Guid rowId, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetOutboxAsync(rowId, cancellationToken).ConfigureAwait(false);
        if (row is not { Status: OutboxStatuses.Failed })
        {
            return null;
        }

        var queued = row with { Status = OutboxStatuses.Pending, Attempts = 0, NextAttemptAt = time.GetUtcNow() };
        await session.UpdateOutboxAsync(queued, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return queued;
    }

    private static OutboxMessage Delivered(OutboxMessage row) =>
        row with { Status = OutboxStatuses.Sent, Attempts = row.Attempts + 1, NextAttemptAt = null, LastError = null };

    /// <summary>
    /// A mail the server never took (unreachable, login refused, the connection dropped before its turn) uses up no attempt
    /// and is due again as of when it was queued, so that once the server takes mail again every waiting mail goes, oldest
    /// first, however long the outage lasted.
    /// </summary>
    private Task WaitForServerAsync(OutboxMessage held, Exception error, CancellationToken cancellationToken)
    {
        return UpdateAsync(held, row => row with
        {
            NextAttemptAt = row.CreatedAt,
            LastError = Truncate($"{error.InnerException?.GetType().Name ?? error.GetType().Name}: {error.Message}"),
        }, cancellationToken);
    }

    private Task RecordFailureAsync(OutboxMessage held, Exception error, bool permanent, CancellationToken cancellationToken) =>
        UpdateAsync(held, row =>
        {
            var attempts = row.Attempts + 1;
            var next = permanent ? null : RetryPolicy.NextAttempt(attempts, time.GetUtcNow(), mailOptions);
            if (next is null)
            {
                logger.LogWarning("Outbox row {RowId} ({Kind}) failed for good after {Attempts} attempts: {Error}", row.Id, row.Kind, attempts, error.Message);
            }

            return row with
            {
                Status = next is null ? OutboxStatuses.Failed : OutboxStatuses.Pending,
                Attempts = attempts,
                NextAttemptAt = next,
                LastError = Truncate($"{error.GetType().Name}: {error.Message}"),
            };
        }, cancellationToken);

    private Task FailAsync(OutboxMessage held, string why, CancellationToken cancellationToken)
    {
        logger.LogWarning("Outbox row {RowId} failed: {Reason}", held.Id, why);
        return UpdateAsync(held, row => row with { Status = OutboxStatuses.Failed, NextAttemptAt = null, LastError = Truncate(why) }, cancellationToken);
    }

    /// <summary>
    /// Changes a row this pass still holds and releases it. A row another dispatcher finished meanwhile, or claimed after this
    /// pass's lease ran out (it carries another lease token), is left alone: only the holder of a row's lease records its result.
    /// </summary>
    private async Task UpdateAsync(OutboxMessage held, Func<OutboxMessage, OutboxMessage> change, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetOutboxAsync(held.Id, cancellationToken).ConfigureAwait(false);
        if (row is not { Status: OutboxStatuses.Pending } || row.LeaseToken != held.LeaseToken)
        {
            return;
        }

        await session.UpdateOutboxAsync(change(row) with { LeaseToken = null }, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
