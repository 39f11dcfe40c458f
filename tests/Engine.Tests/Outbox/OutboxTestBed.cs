using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Engine.Tests.Runtime;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// An SQLite store with one published route and a way to queue route mails and build dispatchers over it, each with its
/// own transport, clock and options — as several hosts on one database would have. No row here issues a document.
/// </summary>
public sealed class OutboxTestBed : IAsyncLifetime, IDisposable
{
    private const string Definition = """
        { "definitionId": "outbox-bed", "name": "Outbox bed", "version": 1,
          "options": { "serviceCode": "OBD" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "review", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Ok"] } } }
            ],
            "connections": [ { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review" } } ] } }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mpp-outbox-bed-{Guid.NewGuid():N}");
    private EngineTestHost _host = null!;

    public SqliteWorkflowStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Store = SqliteWorkflowStore.ForFile(Path.Combine(_directory, "mpp.db"));
        await Store.InitializeAsync(CancellationToken.None);
        var draft = await Store.SaveDraftAsync("outbox-bed", "Outbox bed", Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        await Store.PublishAsync("outbox-bed", draft.Version, Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        _host = new EngineTestHost(Store, new JintExpressionEvaluator());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    public OutboxDispatcher Dispatcher(IMailTransport transport, TimeProvider time, OutboxOptions? options = null, MailOptions? mail = null)
    {
        // Route mails here go to staff in the office's own domain, which a deployment allows.
        var engine = Options.Create(new EngineOptions { Mail = new RouteMailOptions { AllowedRecipientDomains = ["dpmptsp.local"] } });
        var definitions = new DefinitionProvider(Store);
        var issuer = new DocumentIssuer(Store, definitions, null!, null!, Options.Create(new DocumentOptions()), engine,
            Options.Create(new Letterhead()), time, NullLogger<DocumentIssuer>.Instance, _host.Calendars, _host.Tokens);
        mail ??= new MailOptions();
        return new OutboxDispatcher(Store, issuer, definitions, transport, Options.Create(mail),
            Options.Create(options ?? new OutboxOptions()), Options.Create(new DocumentOptions()), engine, time,
            NullLogger<OutboxDispatcher>.Instance, _host.Calendars, _host.Tokens);
    }

    /// <summary>An application whose receipt rows are set aside, and one route mail to <paramref name="to"/> queued at <paramref name="queuedAt"/>.</summary>
    public async Task<Guid> EnqueueMailAsync(DateTimeOffset queuedAt, string to = "staf@dpmptsp.local")
    {
        var submitted = await _host.Runtime.SubmitAsync(
            new SubmitCommand("outbox-bed", new Applicant("Budi", "budi@example.org", null, null), [], null, Actor.Applicant),
            CancellationToken.None);
        var row = new OutboxMessage(Guid.NewGuid(), submitted.Id, OutboxKinds.Email,
            LegacyPayloads.ActivityMail("notify", to, "Berkas baru", "Ada berkas baru.", []),
            OutboxStatuses.Pending, 0, queuedAt, queuedAt, null);
        await using var session = await Store.BeginAsync(CancellationToken.None);
        foreach (var receipt in await Store.ListOutboxOfInstanceAsync(submitted.Id, CancellationToken.None))
        {
            await session.UpdateOutboxAsync(receipt with { Status = OutboxStatuses.Sent, NextAttemptAt = null }, CancellationToken.None);
        }

        await session.EnqueueOutboxAsync(row, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return row.Id;
    }

    public async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var session = await Store.BeginAsync(CancellationToken.None);
        return (await session.GetOutboxAsync(id, CancellationToken.None))!;
    }
}

/// <summary>A clock the test sets.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
