using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>
/// A SQLite store on a temporary file with one published route, the 2026 calendar, and the runtime wired by hand
/// (<see cref="EngineTestHost"/>) on a clock the test moves. Handlers are called directly.
/// </summary>
public abstract class HandlerTestBase : IAsyncLifetime, IDisposable
{
    // start ──► review ──Approve──► wait (1 day) ──► permit ──► approved
    //             │  ▲ └─Reject──► refused
    //          Return│Resubmitted
    //             ▼  │
    //             fix ──Expired──► withdrawn
    public const string Definition = """
        { "definitionId": "handlers", "name": "Handlers", "version": 1,
          "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
          "options": { "serviceCode": "HDL", "statutoryDays": 10, "onStatutoryDeadline": "Notify" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "review", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "String[]", "expression": { "type": "Object", "value": ["Approve", "Return", "Reject"] } },
                "slaDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": 2 } },
                "marksComplete": { "typeName": "Boolean", "expression": { "type": "Literal", "value": true } } },
              { "id": "fix", "type": "Mpp.ApplicantRevision",
                "expiresAfterDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": 5 } } },
              { "id": "wait", "type": "Elsa.Delay",
                "timeSpan": { "typeName": "String", "expression": { "type": "Literal", "value": "1.00:00:00" } } },
              { "id": "permit", "type": "Mpp.IssueDocument",
                "kind": { "typeName": "String", "expression": { "type": "Literal", "value": "Permit" } } },
              { "id": "approved", "type": "Elsa.End",
                "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Approved" } } },
              { "id": "refused", "type": "Elsa.End",
                "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Rejected" } } },
              { "id": "withdrawn", "type": "Elsa.End",
                "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Withdrawn" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review" } },
              { "source": { "activity": "review", "port": "Approve" }, "target": { "activity": "wait" } },
              { "source": { "activity": "review", "port": "Return" }, "target": { "activity": "fix" } },
              { "source": { "activity": "review", "port": "Reject" }, "target": { "activity": "refused" } },
              { "source": { "activity": "fix", "port": "Resubmitted" }, "target": { "activity": "review" } },
              { "source": { "activity": "fix", "port": "Expired" }, "target": { "activity": "withdrawn" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "permit" } },
              { "source": { "activity": "permit", "port": "Done" }, "target": { "activity": "approved" } }
            ] } }
        """;

    protected static readonly Actor Reviewer = new("dpmptsp.reviewer", "DPMPTSP", [StaffRoles.Reviewer]);
    protected static readonly Actor OtherReviewer = new("dpmptsp.other", "DPMPTSP", [StaffRoles.Reviewer]);
    protected static readonly Actor Admin = new("admin", null, [StaffRoles.Admin]);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mpp-handlers-{Guid.NewGuid():N}");

    /// <summary>Tuesday 9 June 2026, 09:00 in Jakarta (no holiday that week).</summary>
    protected ManualTime Clock { get; } = new(new DateTimeOffset(2026, 6, 9, 2, 0, 0, TimeSpan.Zero));

    protected SqliteWorkflowStore Store { get; private set; } = null!;

    internal EngineTestHost Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Store = SqliteWorkflowStore.ForFile(Path.Combine(_directory, "mpp.db"));
        await Store.InitializeAsync(CancellationToken.None);
        var draft = await Store.SaveDraftAsync("handlers", "Handlers", Definition, Clock.GetUtcNow(), CancellationToken.None);
        await Store.PublishAsync("handlers", draft.Version, Definition, Clock.GetUtcNow(), CancellationToken.None);
        Engine = new EngineTestHost(Store, new JintExpressionEvaluator(), Clock);
        Engine.Calendars.Set(CalendarJson.Read(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "calendars", "2026.json"))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Engine.Dispose();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected Task<SubmitResult> SubmitAsync(string? idempotencyKey = null) =>
        Engine.Submit.HandleAsync(
            new SubmitCommand("handlers", new Applicant("Budi", "budi@example.id", null, null), new JsonObject { ["nama"] = "Budi" }, idempotencyKey,
                Actor.Applicant),
            CancellationToken.None);

    protected async Task<TaskRecord> OpenTaskAsync(Guid applicationId) =>
        Assert.Single(await Store.ListTasksAsync(new TaskQuery(InstanceId: applicationId, Status: TaskStates.Open), CancellationToken.None));

    protected Task<ApplicationView> DecideAsync(Guid taskId, string outcome, Actor? actor = null) =>
        Engine.CompleteTask.HandleAsync(taskId, new CompleteTaskCommand(outcome, "ok", null), actor ?? Reviewer, CancellationToken.None);

    protected async Task<IReadOnlyList<string>> EventsAsync(Guid applicationId) =>
        [.. (await Store.GetHistoryAsync(applicationId, CancellationToken.None)).Select(h => h.Event)];

    protected async Task<TimerRecord> PendingTimerAsync(string kind)
    {
        var due = await Store.ListDueTimersAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 100, CancellationToken.None);
        return Assert.Single(due, t => t.Kind == kind);
    }
}

/// <summary>A clock the test sets.</summary>
public sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
