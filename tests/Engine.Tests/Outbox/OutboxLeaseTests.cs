using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Outbox;

/// <summary>
/// Two dispatchers (two hosts) on one store: a running pass keeps its rows by renewing their lease, and a pass whose lease ran
/// out (a host paused or cut off longer than the lease) records nothing for rows another pass has taken over — only the
/// holder of a row's lease marks it sent. On SQLite; the mail transport is a gate the test opens (a test double for timing
/// only: what is sent over SMTP is tested with a real server elsewhere).
/// </summary>
public sealed class OutboxLeaseTests(OutboxTestBed bed) : IClassFixture<OutboxTestBed>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PassWhoseLeaseRanOut_DoesNotMarkSent_ARowAnotherPassHolds()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var rowId = await bed.EnqueueMailAsync(clock.GetUtcNow().AddSeconds(-1));
        var first = new GatedTransport();
        var second = new GatedTransport();
        var lease = TimeSpan.FromMinutes(5);

        var firstPass = bed.Dispatcher(first, clock, new OutboxOptions { Lease = lease }).DispatchOnceAsync(CancellationToken.None);
        await first.Entered.Task.WaitAsync(Timeout);

        // The first host stalls past its lease (its renewals, every 100 s of wall time, do not come in this test).
        clock.Advance(lease + TimeSpan.FromMinutes(1));
        var secondPass = bed.Dispatcher(second, clock, new OutboxOptions { Lease = lease }).DispatchOnceAsync(CancellationToken.None);
        await second.Entered.Task.WaitAsync(Timeout);
        var taken = await bed.RowAsync(rowId);

        first.Open();
        Assert.Equal(1, await firstPass.WaitAsync(Timeout));
        var afterStale = await bed.RowAsync(rowId);
        Assert.Equal((OutboxStatuses.Pending, 0, taken.LeaseToken), (afterStale.Status, afterStale.Attempts, afterStale.LeaseToken));
        Assert.NotNull(taken.LeaseToken);

        second.Open();
        Assert.Equal(1, await secondPass.WaitAsync(Timeout));
        var done = await bed.RowAsync(rowId);
        Assert.Equal((OutboxStatuses.Sent, 1, (Guid?)null), (done.Status, done.Attempts, done.LeaseToken));
    }

    [Fact]
    public async Task RunningPass_RenewsItsLease_SoAnotherPassDoesNotTakeItsRows()
    {
        var rowId = await bed.EnqueueMailAsync(DateTimeOffset.UtcNow.AddSeconds(-1));
        var slow = new GatedTransport();
        var other = new GatedTransport();
        var lease = TimeSpan.FromSeconds(3);

        var claimedAt = DateTimeOffset.UtcNow;
        var slowPass = bed.Dispatcher(slow, TimeProvider.System, new OutboxOptions { Lease = lease }).DispatchOnceAsync(CancellationToken.None);
        await slow.Entered.Task.WaitAsync(Timeout);

        // Renewed (every second) until the lease ends two leases after the claim: the first lease has run out by then, and the
        // current one has two seconds to go, so the other pass finds nothing due.
        await Poll.UntilAsync(
            async () => (await bed.RowAsync(rowId)).NextAttemptAt > claimedAt + 2 * lease,
            Timeout,
            async () => $"The lease was not renewed: it ends {(await bed.RowAsync(rowId)).NextAttemptAt:O}, claimed {claimedAt:O}.");
        Assert.True(DateTimeOffset.UtcNow > claimedAt + lease, "The first lease has run out by now.");

        Assert.Equal(0, await bed.Dispatcher(other, TimeProvider.System, new OutboxOptions { Lease = lease }).DispatchOnceAsync(CancellationToken.None));

        slow.Open();
        Assert.Equal(1, await slowPass.WaitAsync(Timeout));
        Assert.Equal(OutboxStatuses.Sent, (await bed.RowAsync(rowId)).Status);
        Assert.Equal(0, other.Sent);
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
}
