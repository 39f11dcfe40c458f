using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Model.Payloads;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;
using Mpp.Workflows.Engine.Tests.Runtime;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// The dispatcher reads rows through <see cref="OutboxPayloads"/>: the runtime writes versioned records, a row stored in the
/// earlier shape is still carried out, and a row it cannot read ends Failed with the reason while the rest of the pass goes on.
/// On SQLite, with mails written to a pickup directory; no document is issued here.
/// </summary>
public sealed class OutboxDispatcherPayloadTests : IAsyncLifetime, IDisposable
{
    private const string Definition = """
        { "definitionId": "outbox-demo", "name": "Outbox demo", "version": 1,
          "options": { "serviceCode": "OBX" },
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

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mpp-outbox-{Guid.NewGuid():N}");
    private SqliteWorkflowStore _store = null!;
    private WorkflowRuntime _runtime = null!;
    private OutboxDispatcher _dispatcher = null!;

    private string Pickup => Path.Combine(_directory, "pickup");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Pickup);
        _store = SqliteWorkflowStore.ForFile(Path.Combine(_directory, "mpp.db"));
        await _store.InitializeAsync(CancellationToken.None);
        var draft = await _store.SaveDraftAsync("outbox-demo", "Outbox demo", Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        await _store.PublishAsync("outbox-demo", draft.Version, Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        var engine = Options.Create(new EngineOptions { Mail = new RouteMailOptions { AllowedRecipientDomains = ["dpmptsp.local"] } });
        var definitions = new DefinitionProvider(_store);
        var host = new EngineTestHost(_store, new JintExpressionEvaluator());
        var calendars = host.Calendars;
        _runtime = host.Runtime;

        // No row of these tests issues a document, so the issuer has no renderer or signer.
        var issuer = new DocumentIssuer(_store, definitions, null!, null!, Options.Create(new DocumentOptions()), engine,
            Options.Create(new Letterhead()), TimeProvider.System, NullLogger<DocumentIssuer>.Instance, calendars, host.Tokens);
        var mail = new MailOptions();
        _dispatcher = new OutboxDispatcher(_store, issuer, definitions, new PickupDirectoryMailTransport(mail, Pickup), Options.Create(mail),
            Options.Create(new OutboxOptions()), Options.Create(new DocumentOptions()), engine, TimeProvider.System,
            NullLogger<OutboxDispatcher>.Instance, calendars, host.Tokens);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Submit_WritesTheReceiptRows_AsVersionedRecords()
    {
        var submitted = await SubmitAsync();

        var rows = await _store.ListOutboxOfInstanceAsync(submitted.Id, CancellationToken.None);

        var issue = Assert.Single(rows, r => r.Kind == OutboxKinds.IssueDocument);
        var mail = Assert.Single(rows, r => r.Kind == OutboxKinds.Email);
        Assert.Equal(new IssueDocumentPayload(DocumentKinds.Receipt, "start"), OutboxPayloads.Read(issue.Kind, issue.PayloadJson));
        Assert.Equal(new ReceiptMailPayload("start"), OutboxPayloads.Read(mail.Kind, mail.PayloadJson));
        Assert.Equal(1, (int)JsonNode.Parse(issue.PayloadJson)![OutboxPayloads.VersionProperty]!);
        Assert.Equal(ReceiptMailPayload.Version, (int)JsonNode.Parse(mail.PayloadJson)![OutboxPayloads.VersionProperty]!);
        Assert.All(rows, r => Assert.DoesNotContain(submitted.TrackingToken, r.PayloadJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreadableRows_EndFailedWithTheReason_AndTheRestOfThePassIsDone()
    {
        var submitted = await SubmitAsync();
        await SetAsideAsync(submitted.Id);
        var legacy = await EnqueueAsync(submitted.Id, OutboxKinds.Email,
            LegacyPayloads.ActivityMail("notify", "staf@dpmptsp.local", "Berkas baru", "Halo,\n\nAda berkas baru.", []));
        var newer = await EnqueueAsync(submitted.Id, OutboxKinds.Email, """{"template":"Receipt","schemaVersion":3}""");
        var newerIssue = await EnqueueAsync(submitted.Id, OutboxKinds.IssueDocument, """{"schemaVersion":2,"kind":"Permit"}""");
        var unknownKind = await EnqueueAsync(submitted.Id, "Sms", """{"to":"+62812"}""");
        var malformed = await EnqueueAsync(submitted.Id, OutboxKinds.Email, """{"template":"Reminder","staffName":"Sari"}""");

        await _dispatcher.DispatchDueAsync(CancellationToken.None);

        var rows = (await _store.ListOutboxOfInstanceAsync(submitted.Id, CancellationToken.None)).ToDictionary(r => r.Id);
        Assert.Equal((OutboxStatuses.Sent, null), (rows[legacy].Status, rows[legacy].LastError));
        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(Pickup, "*.eml")));
        Assert.Contains("staf@dpmptsp.local", mail, StringComparison.Ordinal);
        Assert.Contains("Subject: Berkas baru", mail, StringComparison.Ordinal);
        AssertFailed(rows[newer], "The Receipt Email payload has schema version 3; this build reads versions 1 to 2.");
        AssertFailed(rows[newerIssue], "The IssueDocument payload has schema version 2; this build reads version 1.");
        AssertFailed(rows[unknownKind], "Unknown outbox kind 'Sms'.");
        AssertFailed(rows[malformed], "The Reminder Email payload (schema version 1) is malformed: ");
        Assert.Empty(await _store.ListDocumentsAsync(submitted.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RouteMails_GoToTheApplicant_OrAnAllowedDomain_AndTheReceiptToTheApplicantOnly()
    {
        var submitted = await SubmitAsync();
        await SetAsideAsync(submitted.Id);
        var toApplicant = await EnqueueAsync(submitted.Id, OutboxKinds.Email, OutboxPayloads.Write(new ActivityMailPayload("notify", " BUDI@example.org ", "Untuk pemohon", "Halo.", [])));
        var toOffice = await EnqueueAsync(submitted.Id, OutboxKinds.Email, OutboxPayloads.Write(new ActivityMailPayload("notify", "arsip@DPMPTSP.local", "Untuk kantor", "Halo.", [])));
        var outside = await EnqueueAsync(submitted.Id, OutboxKinds.Email, OutboxPayloads.Write(new ActivityMailPayload("notify", "pengumpul@contoh-luar.com", "Data", "Halo.", [])));
        var list = await EnqueueAsync(submitted.Id, OutboxKinds.Email, OutboxPayloads.Write(new ActivityMailPayload("notify", "pengumpul@contoh-luar.com, arsip@dpmptsp.local", "Data", "Halo.", [])));
        var receipt = await EnqueueAsync(submitted.Id, OutboxKinds.Email, LegacyPayloads.ActivityMail("notify", "arsip@dpmptsp.local", "Tanda terima", "Halo.", ["Receipt"]));

        await _dispatcher.DispatchDueAsync(CancellationToken.None);

        var rows = (await _store.ListOutboxOfInstanceAsync(submitted.Id, CancellationToken.None)).ToDictionary(r => r.Id);
        Assert.Equal(OutboxStatuses.Sent, rows[toApplicant].Status);
        Assert.Equal(OutboxStatuses.Sent, rows[toOffice].Status);
        AssertFailed(rows[outside], "The route mail is addressed to 'pengumpul@contoh-luar.com', which is not the applicant's address and not in a domain allowed by Engine:Mail:AllowedRecipientDomains (dpmptsp.local)");
        AssertFailed(rows[list], "The route mail is addressed to 'pengumpul@contoh-luar.com, arsip@dpmptsp.local'");
        AssertFailed(rows[receipt], "The route mail to 'arsip@dpmptsp.local' attaches the applicant's receipt");
        var mails = Directory.GetFiles(Pickup, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, mails.Count);
        Assert.DoesNotContain(mails, m => m.Contains("contoh-luar.com", StringComparison.Ordinal));
    }

    private static void AssertFailed(OutboxMessage row, string reason)
    {
        Assert.Equal(OutboxStatuses.Failed, row.Status);
        Assert.Null(row.NextAttemptAt);
        Assert.StartsWith(reason, row.LastError, StringComparison.Ordinal);
    }

    private Task<SubmitResult> SubmitAsync() => _runtime.SubmitAsync(
        new SubmitCommand("outbox-demo", new Applicant("Budi", "budi@example.org", null, null), [], null, Actor.Applicant),
        CancellationToken.None);

    /// <summary>Marks the application's receipt rows sent, so the pass does not issue the receipt.</summary>
    private async Task SetAsideAsync(Guid instanceId)
    {
        var rows = await _store.ListOutboxOfInstanceAsync(instanceId, CancellationToken.None);
        await using var session = await _store.BeginAsync(CancellationToken.None);
        foreach (var row in rows)
        {
            await session.UpdateOutboxAsync(row with { Status = OutboxStatuses.Sent, NextAttemptAt = null }, CancellationToken.None);
        }

        await session.CommitAsync(CancellationToken.None);
    }

    private async Task<Guid> EnqueueAsync(Guid instanceId, string kind, string payloadJson)
    {
        var now = DateTimeOffset.UtcNow.AddSeconds(-1);
        var row = new OutboxMessage(Guid.NewGuid(), instanceId, kind, payloadJson, OutboxStatuses.Pending, 0, now, now, null);
        await using var session = await _store.BeginAsync(CancellationToken.None);
        await session.EnqueueOutboxAsync(row, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return row.Id;
    }
}
