
namespace Mpp.Workflows.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    // ---- outbox claims ----

    [Fact]
    public async Task ClaimOutboxAsync_LeasesDuePendingRowsOldestFirst_UntilTheLeaseRunsOut()
    {
        // The only test that writes outbox rows due before 2002, so that other tests' rows stay out of its window.
        var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var older = Outbox(instance, created: start, next: start.AddMinutes(10));
        var newer = Outbox(instance, created: start.AddSeconds(1), next: start.AddMinutes(10));
        var future = Outbox(instance, created: start, next: start.AddHours(5));
        var failed = Outbox(instance, created: start, next: start) with { Status = OutboxStatuses.Failed };
        var sent = Outbox(instance, created: start, next: start) with { Status = OutboxStatuses.Sent };
        await using (var session = await Store.BeginAsync(None))
        {
            foreach (var row in new[] { newer, future, failed, older, sent })
            {
                await session.EnqueueOutboxAsync(row, None);
            }

            await session.CommitAsync(None);
        }

        var now = start.AddHours(1);
        var lease = now.AddMinutes(5);
        var (firstToken, laterToken) = (Guid.NewGuid(), Guid.NewGuid());
        var first = await ClaimAsync(now, lease, 10, firstToken);
        var again = await ClaimAsync(now.AddMinutes(4), lease.AddMinutes(4), 10);
        var afterLease = await ClaimAsync(lease, lease.AddMinutes(5), 1, laterToken);

        Assert.Equal([older with { NextAttemptAt = lease, LeaseToken = firstToken }, newer with { NextAttemptAt = lease, LeaseToken = firstToken }],
            first.Select(m => m with { PayloadJson = older.PayloadJson }));
        Assert.Empty(again);
        Assert.Equal([older.Id], afterLease.Select(m => m.Id));
        var rows = (await Store.ListOutboxOfInstanceAsync(instance.Id, None)).ToDictionary(m => m.Id);
        Assert.Equal((lease.AddMinutes(5), laterToken), (rows[older.Id].NextAttemptAt, rows[older.Id].LeaseToken));
        Assert.Equal((lease, firstToken), (rows[newer.Id].NextAttemptAt, rows[newer.Id].LeaseToken));
    }

    [Fact]
    public async Task RenewOutboxLeaseAsync_ExtendsOnlyThePendingRowsOfItsToken()
    {
        // Rows not due for centuries, so that no other test's claim takes them.
        var start = new DateTimeOffset(2900, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var (mine, theirs) = (Guid.NewGuid(), Guid.NewGuid());
        var held = Outbox(instance, created: start, next: start) with { LeaseToken = mine };
        var finished = Outbox(instance, created: start, next: start) with { Status = OutboxStatuses.Sent, NextAttemptAt = null, LeaseToken = mine };
        var other = Outbox(instance, created: start, next: start) with { LeaseToken = theirs };
        await using (var session = await Store.BeginAsync(None))
        {
            foreach (var row in new[] { held, finished, other })
            {
                await session.EnqueueOutboxAsync(row, None);
            }

            await session.CommitAsync(None);
        }

        await using (var session = await Store.BeginAsync(None))
        {
            await session.RenewOutboxLeaseAsync(mine, start.AddMinutes(7), None);
            await session.CommitAsync(None);
        }

        var rows = (await Store.ListOutboxOfInstanceAsync(instance.Id, None)).ToDictionary(m => m.Id);
        Assert.Equal(start.AddMinutes(7), rows[held.Id].NextAttemptAt);
        Assert.Null(rows[finished.Id].NextAttemptAt);
        Assert.Equal(start, rows[other.Id].NextAttemptAt);
    }

    [Fact]
    public async Task UpdateOutboxAsync_WritesDeliveryState_ReadBackInAndOutOfSessions()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var row = Outbox(instance, created: Future(1), next: Future(1));
        await using (var session = await Store.BeginAsync(None))
        {
            await session.EnqueueOutboxAsync(row, None);
            await session.CommitAsync(None);
        }

        var failed = row with { Status = OutboxStatuses.Failed, Attempts = 3, NextAttemptAt = null, LastError = "SocketException: refused" };
        await using (var session = await Store.BeginAsync(None))
        {
            await session.UpdateOutboxAsync(failed, None);
            Assert.Equal(failed with { PayloadJson = row.PayloadJson }, (await session.GetOutboxAsync(row.Id, None))! with { PayloadJson = row.PayloadJson });
            await session.CommitAsync(None);
        }

        var stored = Assert.Single(await Store.ListOutboxOfInstanceAsync(instance.Id, None));
        Assert.Equal(failed with { PayloadJson = row.PayloadJson }, stored with { PayloadJson = row.PayloadJson });
        AssertJsonEqual(row.PayloadJson, stored.PayloadJson);
    }

    // ---- documents ----

    [Fact]
    public async Task InsertDocumentAsync_KeepsTheBytes_FoundByIdNumberSourceAndApplication()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var receipt = Document(instance, "Receipt", Future(1));
        var permit = Document(instance, "Permit", Future(2));
        await InsertDocumentsAsync(receipt, permit);

        var loaded = await Store.GetDocumentAsync(permit.Summary.Id, None);
        Assert.NotNull(loaded);
        Assert.Equal(permit.Content, loaded.Content);
        Assert.Equal(permit.Summary, loaded.Summary);
        Assert.Equal([receipt.Summary, permit.Summary], await Store.ListDocumentsAsync(instance.Id, None));
        Assert.Equal(permit.Summary, await Store.FindDocumentByNumberAsync(permit.Summary.Number, None));
        Assert.Null(await Store.FindDocumentByNumberAsync(permit.Summary.Number + "-x", None));
        Assert.Null(await Store.GetDocumentAsync(Guid.NewGuid(), None));
        Assert.Equal(permit.Content, (await Store.FindLatestDocumentAsync(instance.Id, "Permit", None))!.Content);
        await using var session = await Store.BeginAsync(None);
        Assert.Equal(receipt.Summary, await session.FindDocumentBySourceAsync(receipt.Summary.SourceId, None));
        Assert.Equal(permit.Summary, await session.GetDocumentSummaryAsync(permit.Summary.Id, None));
    }

    [Fact]
    public async Task InsertDocumentAsync_TakenNumberOrSource_ThrowsConcurrency()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var permit = Document(instance, "Permit", Future(1));
        await InsertDocumentsAsync(permit);

        await Assert.ThrowsAsync<ConcurrencyException>(() => InsertDocumentsAsync(Document(instance, "Permit", Future(2), number: permit.Summary.Number)));
        await Assert.ThrowsAsync<ConcurrencyException>(() => InsertDocumentsAsync(Document(instance, "Permit", Future(2), sourceId: permit.Summary.SourceId)));
    }

    [Fact]
    public async Task RevokeDocumentAsync_RevokesOnce_AndLatestSkipsRevoked()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var first = Document(instance, "Permit", Future(1));
        var second = Document(instance, "Permit", Future(2));
        await InsertDocumentsAsync(first, second);

        bool revoked, again;
        await using (var session = await Store.BeginAsync(None))
        {
            revoked = await session.RevokeDocumentAsync(second.Summary.Id, Future(3), "Salah cetak", "admin", None);
            again = await session.RevokeDocumentAsync(second.Summary.Id, Future(4), "Lagi", "admin", None);
            await session.CommitAsync(None);
        }

        Assert.True(revoked);
        Assert.False(again);
        var stored = await Store.FindDocumentByNumberAsync(second.Summary.Number, None);
        Assert.Equal(second.Summary with { RevokedAt = Future(3), RevokeReason = "Salah cetak", RevokedBy = "admin" }, stored);
        Assert.Equal(first.Summary.Id, (await Store.FindLatestDocumentAsync(instance.Id, "Permit", None))!.Summary.Id);
        Assert.Null(await Store.FindLatestDocumentAsync(instance.Id, "Rejection", None));
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(DateTimeOffset now, DateTimeOffset lease, int limit, Guid? token = null)
    {
        await using var session = await Store.BeginAsync(None);
        var claimed = await session.ClaimOutboxAsync(now, lease, limit, token ?? Guid.NewGuid(), None);
        await session.CommitAsync(None);
        return claimed;
    }

    private async Task InsertDocumentsAsync(params DocumentRecord[] documents)
    {
        await using var session = await Store.BeginAsync(None);
        foreach (var document in documents)
        {
            await session.InsertDocumentAsync(document, None);
        }

        await session.CommitAsync(None);
    }

    private static OutboxMessage Outbox(InstanceRecord instance, DateTimeOffset created, DateTimeOffset next) =>
        new(Guid.NewGuid(), instance.Id, OutboxKinds.Email, """{"template":"Receipt"}""", OutboxStatuses.Pending, 0, created, next, null);

    private static DocumentRecord Document(
        InstanceRecord instance, string kind, DateTimeOffset issuedAt, string? number = null, Guid? sourceId = null)
    {
        var content = Guid.NewGuid().ToByteArray().Concat(new byte[] { 0, 255, 37, 80, 68, 70 }).ToArray();
        return new DocumentRecord(
            new DocumentSummary(
                Guid.NewGuid(), instance.Id, sourceId ?? Guid.NewGuid(), kind, number ?? $"503/{Guid.NewGuid():N}/SIP/DPMPTSP/2031",
                "dr. Sari Wulandari", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), issuedAt),
            content);
    }
}
