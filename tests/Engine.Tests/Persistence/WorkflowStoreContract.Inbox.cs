
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>The counter's inbox and list of finished files: search, filters and pages on both stores.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task ListInboxAsync_SearchesNumberNameAndNik_FiltersAndPages()
    {
        var office = NewId("office");
        var definitionId = NewId("def");
        var siti = NewInstance(definitionId) with
        {
            ApplicantJson = """{"name":"Siti Aminah","email":"siti@example.id","nik":"3327010101900001"}""",
        };
        var budi = NewInstance(NewId("def")) with
        {
            ApplicantJson = """{"name":"Budi 100%_Santoso","email":"budi@example.id","nik":"3327020202900002"}""",
        };
        var sitiTask = NewTask(siti, office, "r", T0, dueAt: T0.AddDays(1));
        var budiClaimed = NewTask(budi, office, "r", T0.AddMinutes(1), dueAt: T0.AddDays(3)) with { Assignee = "sari" };
        var budiMine = NewTask(budi, office, "r", T0.AddMinutes(2), dueAt: T0.AddDays(2)) with { Assignee = "ani" };
        var otherRole = NewTask(siti, office, "kepala", T0.AddMinutes(3));
        var closed = NewTask(siti, office, "r", T0.AddMinutes(4)) with { Status = TaskStates.Completed };
        var elsewhere = NewTask(budi, NewId("office"), "r", T0.AddMinutes(5));
        await SeedAsync(siti, sitiTask, otherRole, closed);
        await SeedAsync(budi, budiClaimed, budiMine, elsewhere);

        async Task<List<Guid>> Inbox(InboxQuery query) => [.. (await Store.ListInboxAsync(query, None)).Items.Select(e => e.Task.Id)];
        var all = new InboxQuery(office, ["r"]);

        Assert.Equal([sitiTask.Id, budiMine.Id, budiClaimed.Id], await Inbox(all));
        Assert.Equal([sitiTask.Id], await Inbox(all with { Search = "aminah" }));
        Assert.Equal([sitiTask.Id], await Inbox(all with { Search = siti.RegistrationNumber[4..12].ToUpperInvariant() }));
        Assert.Equal([budiMine.Id, budiClaimed.Id], await Inbox(all with { Search = "0202900" }));
        Assert.Equal([budiMine.Id, budiClaimed.Id], await Inbox(all with { Search = " 100%_s " }));
        Assert.Empty(await Inbox(all with { Search = "0%0" }));
        Assert.Equal([sitiTask.Id], await Inbox(all with { DefinitionId = definitionId }));
        Assert.Equal([sitiTask.Id], await Inbox(all with { Claim = InboxClaim.Unclaimed }));
        Assert.Equal([budiMine.Id], await Inbox(all with { Claim = InboxClaim.Mine, User = "ani" }));
        Assert.Equal([budiClaimed.Id], await Inbox(all with { Claim = InboxClaim.Others, User = "ani" }));
        Assert.Equal([sitiTask.Id, budiMine.Id], await Inbox(all with { OverdueAt = T0.AddDays(2).AddSeconds(1) }));
        Assert.Equal([sitiTask.Id, budiMine.Id, budiClaimed.Id, otherRole.Id], await Inbox(new InboxQuery(office)));

        var page = await Store.ListInboxAsync(all with { Page = 2, PageSize = 2 }, None);
        Assert.Equal(3, page.Total);
        var entry = Assert.Single(page.Items);
        Assert.Equal(new InboxEntry(budiClaimed, "Budi 100%_Santoso", ApplicationStatuses.InProgress), entry with { Task = budiClaimed });
        AssertSameTask(budiClaimed, entry.Task);
        Assert.False(page.TotalIsLowerBound);

        // Past its count limit the total says where counting stopped, and the page itself is still the right one.
        var limited = await Store.ListInboxAsync(all with { Page = 2, PageSize = 2, CountLimit = 2 }, None);
        Assert.Equal((2L, true, budiClaimed.Id), (limited.Total, limited.TotalIsLowerBound, limited.Items.Single().Task.Id));
        var atTheLimit = await Store.ListInboxAsync(all with { CountLimit = 3 }, None);
        Assert.Equal((3L, false), (atTheLimit.Total, atTheLimit.TotalIsLowerBound));
        var searched = await Store.ListInboxAsync(all with { Search = "0202900", CountLimit = 1 }, None);
        Assert.Equal((1L, true, 2), (searched.Total, searched.TotalIsLowerBound, searched.Items.Count));
    }

    [Fact]
    public async Task ListInstancesAsync_SearchesAndFiltersByResult_ForTheFinishedFiles()
    {
        var office = NewId("office");
        var approved = NewInstance(NewId("def")) with { Status = ApplicationStatuses.Completed, Result = ApplicationResults.Approved };
        var rejected = NewInstance(approved.DefinitionId) with
        {
            Status = ApplicationStatuses.Completed,
            Result = ApplicationResults.Rejected,
            ApplicantJson = """{"name":"Budi Santoso","email":"budi@example.id","nik":"3327020202900002"}""",
        };
        var running = NewInstance(approved.DefinitionId);
        await SeedAsync(approved, NewTask(approved, office, "r", T0) with { Status = TaskStates.Completed });
        await SeedAsync(rejected, NewTask(rejected, office, "r", T0) with { Status = TaskStates.Completed });
        await SeedAsync(running, NewTask(running, office, "r", T0));

        var finished = new InstanceQuery(Status: ApplicationStatuses.Completed, VisibleToOffice: office);
        async Task<List<Guid>> Ids(InstanceQuery query) => [.. (await Store.ListInstancesAsync(query, None)).Items.Select(i => i.Id)];

        Assert.Equal([approved.Id, rejected.Id], (await Ids(finished)).OrderBy(id => id == rejected.Id));
        Assert.Equal([rejected.Id], await Ids(finished with { Search = "SANTOSO" }));
        Assert.Equal([rejected.Id], await Ids(finished with { Search = "3327020202" }));
        Assert.Equal([approved.Id], await Ids(finished with { Result = ApplicationResults.Approved }));
    }
}
