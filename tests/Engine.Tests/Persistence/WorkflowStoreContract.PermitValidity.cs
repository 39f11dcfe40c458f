using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    // ---- permit validity and expiry reminders ----

    [Fact]
    public async Task PermitValidity_IsStoredAndReadBack_OnEveryDocumentRead()
    {
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var earlier = ValidPermit(instance, new DateOnly(2026, 8, 3), new DateOnly(2031, 8, 3));
        var renewal = ValidPermit(instance, new DateOnly(2031, 8, 4), new DateOnly(2036, 8, 4), renews: earlier.Summary.Id);
        var openEnded = ValidPermit(instance, new DateOnly(2026, 8, 3), null);
        await InsertDocumentsAsync(earlier, renewal, openEnded);

        Assert.Equal(renewal.Summary, await Store.FindDocumentByNumberAsync(renewal.Summary.Number, None));
        Assert.Equal(renewal.Summary, (await Store.GetDocumentAsync(renewal.Summary.Id, None))!.Summary);
        Assert.Equal(renewal.Summary, (await Store.FindVerifiableDocumentAsync(renewal.Summary.Number, None))!.Document);
        Assert.Equal(openEnded.Summary, (await Store.ListDocumentsAsync(instance.Id, None)).Single(d => d.Id == openEnded.Summary.Id));
        Assert.Equal((new DateOnly(2031, 8, 4), new DateOnly(2036, 8, 4), earlier.Summary.Id),
            (renewal.Summary.ValidFrom, renewal.Summary.ValidUntil, renewal.Summary.RenewalOf));
    }

    [Fact]
    public async Task ListPermitsToRemindAsync_FindsStandingUnremindedUnrenewedPermitsEndingInTheWindow_AndTheMarkIsTakenOnce()
    {
        // Dates in the 2950s, which no other test's documents have, so the window holds only these.
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var (from, until) = (new DateOnly(2950, 6, 1), new DateOnly(2950, 7, 31));
        var due = ValidPermit(instance, new DateOnly(2945, 7, 1), new DateOnly(2950, 7, 1));
        var lastDay = ValidPermit(instance, new DateOnly(2945, 7, 31), until);
        var firstDay = ValidPermit(instance, new DateOnly(2945, 6, 1), from);
        var ended = ValidPermit(instance, new DateOnly(2945, 5, 31), from.AddDays(-1));
        var later = ValidPermit(instance, new DateOnly(2945, 8, 1), until.AddDays(1));
        var revoked = ValidPermit(instance, new DateOnly(2945, 7, 1), new DateOnly(2950, 7, 2));
        var renewed = ValidPermit(instance, new DateOnly(2945, 7, 1), new DateOnly(2950, 7, 3));
        var renewal = ValidPermit(instance, new DateOnly(2950, 7, 4), new DateOnly(2955, 7, 4), renews: renewed.Summary.Id);
        var rejection = ValidPermit(instance, new DateOnly(2945, 7, 1), new DateOnly(2950, 7, 5), kind: DocumentKinds.Rejection);
        await InsertDocumentsAsync(due, lastDay, firstDay, ended, later, revoked, renewed, renewal, rejection);
        await using (var session = await Store.BeginAsync(None))
        {
            Assert.True(await session.RevokeDocumentAsync(revoked.Summary.Id, T0, "Salah cetak", "admin", None));
            await session.CommitAsync(None);
        }

        IReadOnlyList<DocumentSummary> listed;
        bool firstMark, secondMark;
        await using (var session = await Store.BeginAsync(None))
        {
            listed = await session.ListPermitsToRemindAsync(from, until, 10, None);
            firstMark = await session.MarkExpiryRemindedAsync(due.Summary.Id, T0, None);
            secondMark = await session.MarkExpiryRemindedAsync(due.Summary.Id, T0.AddMinutes(1), None);
            await session.CommitAsync(None);
        }

        Assert.Equal([firstDay.Summary.Id, due.Summary.Id, lastDay.Summary.Id], listed.Select(d => d.Id));
        Assert.True(firstMark);
        Assert.False(secondMark);
        await using (var session = await Store.BeginAsync(None))
        {
            Assert.Equal([firstDay.Summary.Id, lastDay.Summary.Id], (await session.ListPermitsToRemindAsync(from, until, 10, None)).Select(d => d.Id));
            Assert.Equal([firstDay.Summary.Id], (await session.ListPermitsToRemindAsync(from, until, 1, None)).Select(d => d.Id));
            await session.CommitAsync(None);
        }
    }

    private static DocumentRecord ValidPermit(
        InstanceRecord instance, DateOnly validFrom, DateOnly? validUntil, Guid? renews = null, string kind = DocumentKinds.Permit)
    {
        var document = Document(instance, kind, T0);
        return document with { Summary = document.Summary with { ValidFrom = validFrom, ValidUntil = validUntil, RenewalOf = renews } };
    }
}
