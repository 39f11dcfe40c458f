using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Persistence;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Engine.Tests.Runtime;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// Two dispatchers (two hosts) on one store: a running pass keeps its rows by renewing their lease, and a pass whose lease ran
/// out (a host paused or cut off longer than the lease) records nothing for rows another pass has taken over — only the
/// holder of a row's lease marks it sent. On SQLite; the mail transport is a gate the test opens (a test double for timing
/// only: what is sent over SMTP is tested with a real server elsewhere).
/// </summary>
public sealed class OutboxLeaseTests : IAsyncLifetime, IDisposable
{
    private const string Definition = """
        { "definitionId": "lease-demo", "name": "Lease demo", "version": 1,
          "options": { "serviceCode": "LSE" },
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

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mpp-lease-{Guid.NewGuid():N}");
    private SqliteWorkflowStore _store = null!;
    private EngineTestHost _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = SqliteWorkflowStore.ForFile(Path.Combine(_directory, "mpp.db"));
        await _store.InitializeAsync(CancellationToken.None);
        var draft = await _store.SaveDraftAsync("lease-demo", "Lease demo", Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        await _store.PublishAsync("lease-demo", draft.Version, Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        _host = new EngineTestHost(_store, new JintExpressionEvaluator());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task PassWhoseLeaseRanOut_DoesNotMarkSent_ARowAnotherPassHolds()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var rowId = await EnqueueMailAsync(clock.GetUtcNow().AddSeconds(-1));
        var first = new GatedTransport();
        var second = new GatedTransport();
        var lease = TimeSpan.FromMinutes(5);

        var firstPass = Dispatcher(first, clock, lease).DispatchOnceAsync(CancellationToken.None);
        await first.Entered.Task.WaitAsync(Timeout);

        // The first host stalls past its lease (its renewals, every 100 s of wall time, do not come in this test).
        clock.Advance(lease + TimeSpan.FromMinutes(1));
        var secondPass = Dispatcher(second, clock, lease).DispatchOnceAsync(CancellationToken.None);
        await second.Entered.Task.WaitAsync(Timeout);
        var taken = await RowAsync(rowId);

        first.Open();
        Assert.Equal(1, await firstPass.WaitAsync(Timeout));
        var afterStale = await RowAsync(rowId);
        Assert.Equal((OutboxStatuses.Pending, 0, taken.LeaseToken), (afterStale.Status, afterStale.Attempts, afterStale.LeaseToken));
        Assert.NotNull(taken.LeaseToken);

        second.Open();
        Assert.Equal(1, await secondPass.WaitAsync(Timeout));
        var done = await RowAsync(rowId);
        Assert.Equal((OutboxStatuses.Sent, 1, (Guid?)null), (done.Status, done.Attempts, done.LeaseToken));
    }

    [Fact]
    public async Task RunningPass_RenewsItsLease_SoAnotherPassDoesNotTakeItsRows()
    {
        var rowId = await EnqueueMailAsync(DateTimeOffset.UtcNow.AddSeconds(-1));
        var slow = new GatedTransport();
        var other = new GatedTransport();
        var lease = TimeSpan.FromSeconds(3);

        var claimedAt = DateTimeOffset.UtcNow;
        var slowPass = Dispatcher(slow, TimeProvider.System, lease).DispatchOnceAsync(CancellationToken.None);
        await slow.Entered.Task.WaitAsync(Timeout);

        // Renewed (every second) until the lease ends two leases after the claim: the first lease has run out by then, and the
        // current one has two seconds to go, so the other pass finds nothing due.
        await Poll.UntilAsync(
            async () => (await RowAsync(rowId)).NextAttemptAt > claimedAt + 2 * lease,
            Timeout,
            async () => $"The lease was not renewed: it ends {(await RowAsync(rowId)).NextAttemptAt:O}, claimed {claimedAt:O}.");
        Assert.True(DateTimeOffset.UtcNow > claimedAt + lease, "The first lease has run out by now.");

        Assert.Equal(0, await Dispatcher(other, TimeProvider.System, lease).DispatchOnceAsync(CancellationToken.None));

        slow.Open();
        Assert.Equal(1, await slowPass.WaitAsync(Timeout));
        Assert.Equal(OutboxStatuses.Sent, (await RowAsync(rowId)).Status);
        Assert.Equal(0, other.Sent);
    }

    private OutboxDispatcher Dispatcher(IMailTransport transport, TimeProvider time, TimeSpan lease)
    {
        var engine = Options.Create(new EngineOptions());
        var definitions = new DefinitionProvider(_store);

        // No row of these tests issues a document, so the issuer has no renderer or signer.
        var issuer = new DocumentIssuer(_store, definitions, null!, null!, Options.Create(new DocumentOptions()), engine,
            Options.Create(new Letterhead()), time, NullLogger<DocumentIssuer>.Instance, _host.Calendars, _host.Tokens);
        var mail = new MailOptions();
        return new OutboxDispatcher(_store, issuer, definitions, transport, Options.Create(mail),
            Options.Create(new OutboxOptions { Lease = lease }), Options.Create(new DocumentOptions()), engine, time,
            NullLogger<OutboxDispatcher>.Instance, _host.Calendars, _host.Tokens);
    }

    /// <summary>An application whose receipt rows are set aside, and one route mail to staff, due at <paramref name="due"/>.</summary>
    private async Task<Guid> EnqueueMailAsync(DateTimeOffset due)
    {
        var submitted = await _host.Runtime.SubmitAsync(
            new SubmitCommand("lease-demo", new Applicant("Budi", "budi@example.org", null, null), [], null, Actor.Applicant),
            CancellationToken.None);
        var row = new OutboxMessage(Guid.NewGuid(), submitted.Id, OutboxKinds.Email,
            LegacyPayloads.ActivityMail("notify", "staf@dpmptsp.local", "Berkas baru", "Ada berkas baru.", []),
            OutboxStatuses.Pending, 0, due, due, null);
        await using var session = await _store.BeginAsync(CancellationToken.None);
        foreach (var receipt in await _store.ListOutboxOfInstanceAsync(submitted.Id, CancellationToken.None))
        {
            await session.UpdateOutboxAsync(receipt with { Status = OutboxStatuses.Sent, NextAttemptAt = null }, CancellationToken.None);
        }

        await session.EnqueueOutboxAsync(row, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return row.Id;
    }

    private async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var session = await _store.BeginAsync(CancellationToken.None);
        return (await session.GetOutboxAsync(id, CancellationToken.None))!;
    }

    /// <summary>Holds every batch until <see cref="Open"/>, then reports each mail delivered.</summary>
    private sealed class GatedTransport : IMailTransport
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Sent { get; private set; }

        public void Open() => _gate.TrySetResult();

        public async Task SendBatchAsync(IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, Exception?, Task> onResult, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
            foreach (var mail in batch)
            {
                Sent++;
                await onResult(mail, null);
            }
        }

        public bool IsPermanent(Exception error) => false;
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
