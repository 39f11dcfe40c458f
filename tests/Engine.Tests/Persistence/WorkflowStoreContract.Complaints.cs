
namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>Complaints on both stores: their rows, trail and deadline timers, and the queries of the inbox and the board.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task Complaints_RoundTrip_AndListForTheirOfficeAndTheEscalationOffice_OverdueFirst()
    {
        var office = NewId("office");
        var escalation = NewId("office");
        var instance = NewInstance(NewId("def"));
        await SeedAsync(instance);
        var about = NewComplaint(office, escalation, Future(20)) with { InstanceId = instance.Id, Subject = ComplaintSubjects.Application };
        var soon = NewComplaint(office, escalation, Future(10)) with { ContactEmail = "warga@example.id", ContactPhone = "0812 3456 7890" };
        var escalated = NewComplaint(office, escalation, Future(5)) with { EscalatedAt = Future(6) };
        var answered = NewComplaint(office, escalation, Future(1)) with
        {
            Status = ComplaintStatuses.Answered, Answer = "Sudah ditangani.\nTerima kasih.", AnsweredAt = Future(2), AnsweredBy = "staf", ResponseDays = 3,
        };
        var deadline = new TimerRecord(Guid.NewGuid(), null, TimerKinds.ComplaintDue, null, null, Future(10), null, null) { ComplaintId = soon.Id };
        await using (var session = await Store.BeginAsync(None))
        {
            foreach (var complaint in new[] { about, soon, escalated, answered })
            {
                await session.InsertComplaintAsync(complaint, None);
            }

            await session.InsertTimerAsync(deadline, None);
            await session.AppendComplaintEventAsync(new ComplaintEvent(soon.Id, Future(0), "applicant", ComplaintEvents.Filed, "Diteruskan"), None);
            await session.AppendComplaintEventAsync(new ComplaintEvent(soon.Id, Future(3), "system", ComplaintEvents.Escalated, null), None);
            await session.CommitAsync(None);
        }

        Assert.Equal(soon, await Store.GetComplaintAsync(soon.Id, None));
        Assert.Equal(answered, await Store.FindComplaintByNumberAsync(answered.Number, None));
        Assert.Equal([about], await Store.ListComplaintsOfInstanceAsync(instance.Id, None));
        Assert.Equal([escalated.Id, soon.Id, about.Id, answered.Id], (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(office, PageSize: 100), None)).Items.Select(c => c.Id));
        Assert.Equal([escalated.Id, soon.Id, about.Id], (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(office, ComplaintStatuses.Open, PageSize: 100), None)).Items.Select(c => c.Id));
        Assert.Equal([escalated.Id], (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(escalation, PageSize: 100), None)).Items.Select(c => c.Id));
        // No office (an administrator): every office's complaints, still filtered by status and search.
        var other = NewComplaint(NewId("office"), escalation, Future(3));
        await using (var session = await Store.BeginAsync(None))
        {
            await session.InsertComplaintAsync(other, None);
            await session.CommitAsync(None);
        }

        Assert.Equal([other.Id], (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(null, ComplaintStatuses.Open, other.Number), None)).Items.Select(c => c.Id));
        Assert.Equal([soon.Id], (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(null, Search: soon.Number), None)).Items.Select(c => c.Id));
        Assert.Empty((await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(null, ComplaintStatuses.Answered, other.Number), None)).Items);
        Assert.DoesNotContain(other.Id, (await Store.ListComplaintsForOfficeAsync(new ComplaintQuery(office, PageSize: 100), None)).Items.Select(c => c.Id));
        Assert.Equal(soon.Id, (await Store.GetTimerAsync(deadline.Id, None))!.ComplaintId);
        Assert.Null((await Store.GetTimerAsync(deadline.Id, None))!.InstanceId);
        Assert.Equal(
            [(ComplaintEvents.Filed, "applicant", "Diteruskan"), (ComplaintEvents.Escalated, "system", null)],
            (await Store.ListComplaintEventsAsync(soon.Id, None)).Select(e => (e.Event, e.Actor, e.Comment)));
        var stats = (await Store.ListComplaintStatsAsync(Future(-1), Future(1), None)).Where(r => r.Office == office).ToList();
        Assert.Equal(4, stats.Count);
        Assert.Contains(new ComplaintStatsRow(office, ComplaintStatuses.Answered, Future(0), Future(1), Future(2), 3), stats);
        Assert.Contains(soon.Id, await Store.ListOpenComplaintIdsAsync(None));
        Assert.DoesNotContain(answered.Id, await Store.ListOpenComplaintIdsAsync(None));

        await using (var session = await Store.BeginAsync(None))
        {
            var locked = (await session.LockComplaintAsync(soon.Id, None))!;
            await session.UpdateComplaintAsync(locked with { Status = ComplaintStatuses.Answered, Answer = "Ya.", AnsweredAt = Future(4), AnsweredBy = "b", ResponseDays = 0 }, None);
            await session.CancelComplaintTimersAsync(soon.Id, Future(4), None);
            await session.CommitAsync(None);
        }

        Assert.Equal(("Ya.", ComplaintStatuses.Answered), ((await Store.GetComplaintAsync(soon.Id, None))!.Answer, (await Store.GetComplaintAsync(soon.Id, None))!.Status));
        Assert.Equal(Future(4), (await Store.GetTimerAsync(deadline.Id, None))!.CancelledAt);
        Assert.DoesNotContain(await Store.ListDueTimersAsync(Future(60), 10_000, None), t => t.Id == deadline.Id);
    }

    [Fact]
    public async Task Complaint_WithATakenNumber_IsAConcurrencyConflict()
    {
        var first = NewComplaint(NewId("office"), "DPMPTSP", Future(1));
        await using (var session = await Store.BeginAsync(None))
        {
            await session.InsertComplaintAsync(first, None);
            await session.CommitAsync(None);
        }

        await Assert.ThrowsAsync<ConcurrencyException>(async () =>
        {
            await using var session = await Store.BeginAsync(None);
            await session.InsertComplaintAsync(NewComplaint(first.Office, "DPMPTSP", Future(1)) with { Number = first.Number }, None);
            await session.CommitAsync(None);
        });
    }

    private static ComplaintRecord NewComplaint(string office, string escalation, DateTimeOffset dueAt) => new(
        Guid.NewGuid(), NewId("ADU"), ComplaintSubjects.Service, null, "pbg", office, escalation, "Antrean terlalu lama.", "Budi", null, null,
        "hash", ComplaintStatuses.Open, Future(0), dueAt, false, null, null, null, null, null);
}
