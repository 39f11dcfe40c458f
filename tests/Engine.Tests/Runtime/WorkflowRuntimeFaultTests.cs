using Microsoft.Extensions.Logging.Abstractions;
using Mpp.Workflows.Engine.Scripting;
using Mpp.Workflows.Engine.Sqlite;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>
/// A condition that fails puts the application in a visible Faulted state (never a hang), and an admin's retry continues
/// from the failed activity. The transient failure is injected with an evaluator that fails a set number of times:
/// timeouts under load are the realistic cause and cannot be produced on demand.
/// </summary>
public sealed class WorkflowRuntimeFaultTests : IAsyncLifetime, IDisposable
{
    // start ──► big? ──True──► dlh
    //                └─False─► pupr
    private const string Definition = """
        { "definitionId": "fault-demo", "name": "Fault demo", "version": 1,
          "inputs": [ { "name": "luasLantai", "type": "Number", "displayName": "Luas", "required": true } ],
          "options": { "serviceCode": "FLT" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "big", "type": "Elsa.FlowDecision",
                "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "application.luasLantai > 300" } } },
              { "id": "dlh", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DLH" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Ok"] } } },
              { "id": "pupr", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "PUPR" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Ok"] } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "big" } },
              { "source": { "activity": "big", "port": "True" }, "target": { "activity": "dlh" } },
              { "source": { "activity": "big", "port": "False" }, "target": { "activity": "pupr" } }
            ] } }
        """;

    private static readonly Actor Admin = new("admin", null, [StaffRoles.Admin]);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mpp-fault-{Guid.NewGuid():N}");
    private readonly FlakyEvaluator _evaluator = new();
    private SqliteWorkflowStore _store = null!;
    private WorkflowRuntime _runtime = null!;

    public async Task InitializeAsync()
    {
        _store = SqliteWorkflowStore.ForFile(Path.Combine(_directory, "mpp.db"));
        await _store.InitializeAsync(CancellationToken.None);
        var draft = await _store.SaveDraftAsync("fault-demo", "Fault demo", Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        await _store.PublishAsync("fault-demo", draft.Version, Definition, DateTimeOffset.UtcNow, CancellationToken.None);
        _runtime = new EngineTestHost(_store, _evaluator).Runtime;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task FailingCondition_FaultsVisibly_AndAdminRetryContinuesFromThatActivity()
    {
        _evaluator.FailuresLeft = 1;
        var submitted = await Submit(450);

        var faulted = await _runtime.GetApplicationAsync(submitted.Id, CancellationToken.None);
        Assert.Equal(ApplicationStatuses.Faulted, faulted!.Status);
        Assert.Equal("big", faulted.Fault!.ActivityId);
        Assert.Contains("timed out in test", faulted.Fault.Message, StringComparison.Ordinal);
        Assert.Contains(faulted.History, h => h.Event == AuditEvents.Faulted);
        Assert.Empty(faulted.OpenTasks);

        var retried = await _runtime.RetryAsync(submitted.Id, Admin, CancellationToken.None);

        Assert.Equal(ApplicationStatuses.InProgress, retried.Status);
        Assert.Null(retried.Fault);
        Assert.Equal("dlh", Assert.Single(retried.OpenTasks).ActivityId);
        Assert.Contains(retried.History, h => h.Event == AuditEvents.Retried);
    }

    [Fact]
    public async Task RetryThatFailsAgain_StaysFaulted_WithTheNewError()
    {
        _evaluator.FailuresLeft = 2;
        var submitted = await Submit(90);

        var retried = await _runtime.RetryAsync(submitted.Id, Admin, CancellationToken.None);

        Assert.Equal(ApplicationStatuses.Faulted, retried.Status);
        Assert.Equal(2, retried.History.Count(h => h.Event == AuditEvents.Faulted));
        var again = await _runtime.RetryAsync(submitted.Id, Admin, CancellationToken.None);
        Assert.Equal("pupr", Assert.Single(again.OpenTasks).ActivityId);
    }

    [Fact]
    public async Task Retry_IsForAdminsOnly_AndOnlyForFaultedApplications()
    {
        _evaluator.FailuresLeft = 0;
        var submitted = await Submit(90);
        var reviewer = new Actor("pupr.reviewer", "PUPR", [StaffRoles.Reviewer]);

        var forbidden = await Assert.ThrowsAsync<CommandException>(() => _runtime.RetryAsync(submitted.Id, reviewer, CancellationToken.None));
        var conflict = await Assert.ThrowsAsync<CommandException>(() => _runtime.RetryAsync(submitted.Id, Admin, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Forbidden, forbidden.Kind);
        Assert.Equal(CommandErrorKind.Conflict, conflict.Kind);
    }

    private Task<SubmitResult> Submit(int luasLantai) => _runtime.SubmitAsync(
        new SubmitCommand("fault-demo", new Applicant("Budi", "budi@example.org", null, null), new JsonObject { ["luasLantai"] = luasLantai }, null,
            Actor.Applicant),
        CancellationToken.None);

    private sealed class FlakyEvaluator : IExpressionEvaluator
    {
        private readonly JintExpressionEvaluator _real = new();

        public int FailuresLeft { get; set; }

        public bool EvaluateBoolean(string source, ExpressionScope scope)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new ExpressionEvaluationException("The expression timed out in test.");
            }

            return _real.EvaluateBoolean(source, scope);
        }

        public string? EvaluateString(string source, ExpressionScope scope) => _real.EvaluateString(source, scope);
    }
}
