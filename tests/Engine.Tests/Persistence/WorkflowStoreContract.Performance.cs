using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Reading;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>
/// The performance board's figures on both stores, against files whose figures are worked out by hand below. March 2026, WIB;
/// the 2026 decree makes 18–24 March no working days (Nyepi, Idul Fitri and their cuti bersama), so 17 → 25 March is 1 day.
/// "now" is Wednesday 1 April 09:00. Two offices: FO (front office) and TECH (technical review).
/// <code>
/// F1  2 Mar submitted ─ FO 2→3 Mar (due 3) ─ statutory 5 d from 3 Mar ─ TECH 3→5 Mar (due 10) ─ approved 5 Mar
///     also a task clock started on 2 Mar (1 day), which is no statutory clock and must not count as one
/// F2  9 Mar ─ FO 9→9 ─ statutory 3 d from 9 Mar 10:00 ─ TECH 9→10 Mar returns it ─ with the applicant 10→16 Mar
///     ─ TECH 16→17 Mar ─ approved 17 Mar: 6 days on the calendar, 4 of them the applicant's, so 2 used of 3: on time
/// F3  11 Mar ─ FO 11→11 ─ statutory 3 d from 11 Mar ─ TECH step escalated 16 Mar 16:00, deemed approved 16:01
/// F4  17 Mar ─ FO 17→25 Mar (1 working day) ─ statutory 1 d from 25 Mar ─ TECH 25→30 Mar (due 26) ─ rejected 30 Mar
/// F5  26 Mar ─ FO step open, due 27 Mar: overdue now
/// F6  27 Feb ─ FO 27 Feb→2 Mar ─ approved 2 Mar (route without statutory days)
/// F7  30 Mar ─ FO 30 Mar→1 Apr returns it (after the period): with the applicant now
/// F8  2 Feb ─ statutory 5 d from 2 Feb ─ TECH step without an SLA, still open: overdue now by statute alone
/// F9  10 Feb ─ FO step open since, due 11 Feb: nothing happened in March; in progress and overdue now
/// </code>
/// Counted by office, the open steps of F5, F8 and F9 are idle (no escalation or deemed approval since 1 March): the store counts them
/// instead of reading them (<see cref="PerformanceQuery.IdleStepsAt"/>), and the figures must not change.
/// </summary>
public abstract partial class WorkflowStoreContract
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset BoardNow = At(4, 1, 9);
    private static readonly PerformancePeriod March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public async Task PerformanceBoard_ByService_CountsEachFigureAsComputedByHand()
    {
        var (board, definition, _, _, files) = await SeedBoardAsync();

        var report = await board.ReportAsync(March, PerformanceGrouping.Service, definition, null, None);

        var row = Assert.Single(report.Rows);
        Assert.Equal(definition, row.Key);
        Assert.Equal(6, row.Received); // F1 F2 F3 F4 F5 F7; F6 came in February
        Assert.Equal(5, row.Completed); // F1 F2 F3 F4 F6
        Assert.Equal(4, row.InProgress); // F5 F7 F8 F9 open at the end of 31 March
        Assert.Equal(2, row.OnTime); // F1 (2 of 5 days), F2 (2 of 3: the applicant's 4 days do not count)
        Assert.Equal(4, row.Measured); // F3 deemed and F4 (3 of 1 days) late; F6 has no statutory clock
        Assert.Equal(50.0, row.OnTimePercent);
        Assert.Equal(3, row.MedianDays); // days F6 1, F2 2, F1 3, F3 3, F4 4: rank ⌈2.5⌉ = 3
        Assert.Equal(4, row.P90Days); // rank ⌈4.5⌉ = 5
        Assert.Equal(1, row.Returns); // F2 on 10 March; F7's return is in April
        Assert.Equal(4, row.ApplicantDays); // 11, 12, 13, 16 March
        Assert.Equal(1, row.DeemedApprovals);
        Assert.Equal(1, row.Escalations);
        Assert.Equal(3, row.OverdueNow); // F5's step, due 27 March; F8's statutory days, used up in February; F9's step
        Assert.Equal(row with { Key = PerformanceCalculator.TotalKey, Name = PerformanceCalculator.TotalKey }, report.Total);

        var late = await board.FilesAsync(March, PerformanceGrouping.Service, definition, PerformanceFigure.Late, definition, null, None);
        Assert.Equal([files["F3"], files["F4"]], late.Select(f => f.RegistrationNumber));
        Assert.Equal([3, 3], late.Select(f => f.Days));
    }

    [Fact]
    public async Task PerformanceBoard_ByOffice_CountsEachStepAsComputedByHand()
    {
        var (board, definition, front, tech, files) = await SeedBoardAsync();

        var report = await board.ReportAsync(March, PerformanceGrouping.Office, definition, null, None);

        var fo = Assert.Single(report.Rows, r => r.Key == front);
        Assert.Equal(new PerformanceRow(front, front, 6, 5, 3, 5, 5, 100.0, 1, 1, 0, 0, 0, 0, 2), fo); // F5 and F9 open, both overdue
        // TECH: F1 2 days, F2 1 + 1, F4 3 (late: due 26 March); F2's return and its 4 days; F3's escalation and deemed approval;
        // F8's step is in progress but has no due time, so it is not overdue.
        var review = Assert.Single(report.Rows, r => r.Key == tech);
        Assert.Equal(new PerformanceRow(tech, tech, 5, 4, 1, 3, 4, 75.0, 1, 3, 1, 4, 1, 1, 0), review);
        Assert.Equal(new PerformanceRow("*", "*", 11, 9, 4, 8, 9, 88.9, 1, 3, 1, 4, 1, 1, 2), report.Total);

        var deemed = await board.FilesAsync(March, PerformanceGrouping.Office, tech, PerformanceFigure.DeemedApprovals, definition, null, None);
        Assert.Equal(files["F3"], Assert.Single(deemed).RegistrationNumber);
        var overdue = await board.FilesAsync(March, PerformanceGrouping.Office, front, PerformanceFigure.OverdueNow, definition, null, None);
        Assert.Equal([files["F9"], files["F5"]], overdue.Select(f => f.RegistrationNumber));
    }

    /// <summary>
    /// A board's figures and the files its drill-down lists are read two ways when counted by office (idle steps counted, not
    /// read): every figure of every row must still be the number of entries behind it, for all offices and for each.
    /// </summary>
    [Theory]
    [InlineData(PerformanceGrouping.Office, false)]
    [InlineData(PerformanceGrouping.Office, true)]
    [InlineData(PerformanceGrouping.Service, false)]
    public async Task PerformanceBoard_EachFigure_IsTheNumberOfFilesItsDrillDownLists(PerformanceGrouping grouping, bool perOffice)
    {
        var (board, definition, front, tech, _) = await SeedBoardAsync();
        foreach (var office in perOffice ? new[] { front, tech } : new string?[] { null })
        {
            var report = await board.ReportAsync(March, grouping, definition, office, None);
            foreach (var row in report.Rows.Append(report.Total))
            {
                var key = row.Key == PerformanceCalculator.TotalKey ? null : row.Key;
                async Task<int> Listed(PerformanceFigure figure) =>
                    (await board.FilesAsync(March, grouping, key, figure, definition, office, None)).Count;

                Assert.Equal(row.Received, await Listed(PerformanceFigure.Received));
                Assert.Equal(row.Completed, await Listed(PerformanceFigure.Completed));
                Assert.Equal(row.InProgress, await Listed(PerformanceFigure.InProgress));
                Assert.Equal(row.OnTime, await Listed(PerformanceFigure.OnTime));
                Assert.Equal(row.Measured, row.OnTime + await Listed(PerformanceFigure.Late));
                Assert.Equal(row.Returns, await Listed(PerformanceFigure.Returns));
                Assert.Equal(row.DeemedApprovals, await Listed(PerformanceFigure.DeemedApprovals));
                Assert.Equal(row.Escalations, await Listed(PerformanceFigure.Escalations));
                Assert.Equal(row.OverdueNow, await Listed(PerformanceFigure.OverdueNow));
            }
        }
    }

    [Fact]
    public async Task PerformanceBoard_ForOneOffice_CountsOnlyTheFilesAndStepsOfThatOffice()
    {
        var (board, definition, front, tech, files) = await SeedBoardAsync();

        var services = await board.ReportAsync(March, PerformanceGrouping.Service, definition, tech, None);
        var offices = await board.ReportAsync(March, PerformanceGrouping.Office, definition, tech, None);

        Assert.Equal(4, Assert.Single(services.Rows).Received); // F1–F4 had a TECH step
        Assert.Equal(tech, Assert.Single(offices.Rows).Key);
        Assert.Equal(5, offices.Total.Received);
        Assert.Empty(await board.FilesAsync(March, PerformanceGrouping.Office, front, PerformanceFigure.Received, definition, tech, None));
        Assert.DoesNotContain(
            files["F5"],
            (await board.FilesAsync(March, PerformanceGrouping.Service, null, PerformanceFigure.Received, definition, tech, None)).Select(f => f.RegistrationNumber));
    }

    [Fact]
    public void NearestRank_IsTheValueAtTheCeilingRank()
    {
        Assert.Null(PerformanceTally.NearestRank([], 50));
        Assert.Equal(7, PerformanceTally.NearestRank([7], 90));
        Assert.Equal(2, PerformanceTally.NearestRank([1, 2, 3, 4], 50));
        Assert.Equal(9, PerformanceTally.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90));
        Assert.Equal(10, PerformanceTally.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90));
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Wib);

    private async Task<(PerformanceBoard Board, string Definition, string Front, string Tech, Dictionary<string, string> Files)> SeedBoardAsync()
    {
        var definition = NewId("def");
        var front = NewId("fo");
        var tech = NewId("tech");
        var files = new Dictionary<string, string>();
        await using (var session = await Store.BeginAsync(None))
        {
            async Task<InstanceRecord> File(string name, DateTimeOffset submitted, string status, string? result, DateTimeOffset updated)
            {
                var instance = NewInstance(definition, submitted) with { Status = status, Result = result, UpdatedAt = updated };
                files[name] = instance.RegistrationNumber;
                await session.InsertInstanceAsync(instance, None);
                return instance;
            }

            async Task Step(
                InstanceRecord file, string office, string activity, DateTimeOffset created, DateTimeOffset? due, DateTimeOffset? closed,
                string status = TaskStates.Completed, string? escalatedTo = null) =>
                await session.InsertTaskAsync(
                    NewTask(file, office, "Reviewer", created, due) with
                    {
                        ActivityId = activity, Status = status, CompletedAt = closed, EscalatedToRole = escalatedTo,
                    },
                    None);

            async Task Event(InstanceRecord file, DateTimeOffset at, string name, string? outcome = null, string? activity = null, string? details = null) =>
                await session.AppendAuditAsync(new AuditEvent(file.Id, at, "system", activity, name, outcome, null, details), None);

            Task Statutory(InstanceRecord file, DateTimeOffset at, int days) =>
                Event(file, at, AuditEvents.ClockStarted, ClockKinds.Statutory, "check", $$"""{"kind":"Statutory","days":{{days}}}""");

            var f1 = await File("F1", At(3, 2, 9), ApplicationStatuses.Completed, ApplicationResults.Approved, At(3, 5, 11));
            await Step(f1, front, "check", At(3, 2, 9), At(3, 3, 16), At(3, 3, 10));
            await Event(f1, At(3, 2, 9), AuditEvents.ClockStarted, ClockKinds.Task, "check", """{"kind":"Task","days":1}""");
            await Statutory(f1, At(3, 3, 10), 5);
            await Step(f1, tech, "review", At(3, 3, 10), At(3, 10, 16), At(3, 5, 11));
            await Event(f1, At(3, 5, 11), AuditEvents.Ended, ApplicationResults.Approved);

            var f2 = await File("F2", At(3, 9, 9), ApplicationStatuses.Completed, ApplicationResults.Approved, At(3, 17, 11));
            await Step(f2, front, "check", At(3, 9, 9), At(3, 10, 16), At(3, 9, 10));
            await Statutory(f2, At(3, 9, 10), 3);
            await Step(f2, tech, "review", At(3, 9, 10), At(3, 12, 16), At(3, 10, 15));
            await Event(f2, At(3, 10, 15), AuditEvents.ReturnedToApplicant, null, "revision");
            await Event(f2, At(3, 16, 9), AuditEvents.Resubmitted, null, "revision");
            await Step(f2, tech, "review", At(3, 16, 9), At(3, 17, 16), At(3, 17, 11));
            await Event(f2, At(3, 17, 11), AuditEvents.Ended, ApplicationResults.Approved);

            var f3 = await File("F3", At(3, 11, 9), ApplicationStatuses.Completed, ApplicationResults.DeemedApproved, At(3, 16, 16, 1));
            await Step(f3, front, "check", At(3, 11, 9), At(3, 12, 16), At(3, 11, 10));
            await Statutory(f3, At(3, 11, 10), 3);
            await Step(f3, tech, "review", At(3, 11, 10), At(3, 16, 16), At(3, 16, 16, 1), TaskStates.Cancelled, StaffRoles.Head);
            await Event(f3, At(3, 16, 16), AuditEvents.TaskEscalated, StaffRoles.Head, "review");
            await Event(f3, At(3, 16, 16, 1), AuditEvents.DeemedApproved, ApplicationResults.DeemedApproved, "check");
            await Event(f3, At(3, 16, 16, 1), AuditEvents.Ended, ApplicationResults.DeemedApproved);

            var f4 = await File("F4", At(3, 17, 9), ApplicationStatuses.Completed, ApplicationResults.Rejected, At(3, 30, 10));
            await Step(f4, front, "check", At(3, 17, 9), At(3, 25, 16), At(3, 25, 10));
            await Statutory(f4, At(3, 25, 10), 1);
            await Step(f4, tech, "review", At(3, 25, 10), At(3, 26, 16), At(3, 30, 10));
            await Event(f4, At(3, 30, 10), AuditEvents.Ended, ApplicationResults.Rejected);

            var f5 = await File("F5", At(3, 26, 9), ApplicationStatuses.InProgress, null, At(3, 26, 9));
            await Step(f5, front, "check", At(3, 26, 9), At(3, 27, 16), null, TaskStates.Open);

            var f6 = await File("F6", At(2, 27, 9), ApplicationStatuses.Completed, ApplicationResults.Approved, At(3, 2, 9, 30));
            await Step(f6, front, "check", At(2, 27, 9), At(3, 2, 16), At(3, 2, 9, 30));
            await Event(f6, At(3, 2, 9, 30), AuditEvents.Ended, ApplicationResults.Approved);

            var f7 = await File("F7", At(3, 30, 9), ApplicationStatuses.AwaitingApplicant, null, At(4, 1, 8));
            await Step(f7, front, "check", At(3, 30, 9), At(3, 31, 16), At(4, 1, 8));
            await Event(f7, At(4, 1, 8), AuditEvents.ReturnedToApplicant, null, "revision");

            var f8 = await File("F8", At(2, 2, 9), ApplicationStatuses.InProgress, null, At(2, 2, 10));
            await Statutory(f8, At(2, 2, 10), 5);
            await Step(f8, tech, "review", At(2, 2, 10), null, null, TaskStates.Open);

            var f9 = await File("F9", At(2, 10, 9), ApplicationStatuses.InProgress, null, At(2, 10, 9));
            await Step(f9, front, "check", At(2, 10, 9), At(2, 11, 16), null, TaskStates.Open);
            await session.CommitAsync(None);
        }

        var calendars = new CalendarBook(Options.Create(new EngineOptions()));
        calendars.Set(CalendarJson.Read(await System.IO.File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "calendars", "2026.json"))));
        var board = new PerformanceBoard(
            new StorePerformance(Store), new OnePublishedDefinition(definition), new NoOffices(), calendars, new FixedTime(BoardNow), Options.Create(new EngineOptions()));
        return (board, definition, front, tech, files);
    }

    private sealed class StorePerformance(IWorkflowStore store) : IPerformanceReader
    {
        public Task<PerformanceFacts> ReadAsync(PerformanceQuery query, CancellationToken cancellationToken) =>
            store.ReadPerformanceFactsAsync(query, cancellationToken);
    }

    // The board lists only routes the public has seen; the seeded files' route counts as published, named by its id.
    private sealed class OnePublishedDefinition(string definitionId) : IDefinitionReader
    {
        public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DefinitionSummary>>([]);

        public Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal) { [definitionId] = definitionId });

        public Task<DefinitionRecord?> GetAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken) =>
            Task.FromResult<DefinitionRecord?>(null);
    }

    private sealed class NoOffices : IOfficeReader
    {
        public Task<IReadOnlyList<OfficeRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OfficeRecord>>([]);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
