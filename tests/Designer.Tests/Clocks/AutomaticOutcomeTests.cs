using Mpp.Workflows.Designer.Tests.Hosting;
using static Mpp.Workflows.Designer.Tests.Clocks.ClockAssertions;

namespace Mpp.Workflows.Designer.Tests.Clocks;

/// <summary>
/// <c>onDeadline</c> naming an outcome: at the due date the system decides the task itself and the route continues.
/// <code>start --> review (2 working days, onDeadline: Setuju) --Setuju--> end (Approved) / --Tolak--> end (Rejected)</code>
/// </summary>
public abstract class AutomaticOutcomeTests(ClockedHost host)
{
    private const string Route = """
        {
          "definitionId": "otomatis", "name": "Persetujuan otomatis", "version": 1,
          "inputs": [ { "name": "nama", "type": "String", "displayName": "Nama", "required": true } ],
          "options": { "serviceCode": "OTO" },
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "review", "type": "Mpp.HumanTask",
                "office": { "typeName": "String", "expression": { "type": "Literal", "value": "DPMPTSP" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "Reviewer" } },
                "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": ["Setuju", "Tolak"] } },
                "slaDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": 2 } },
                "onDeadline": { "typeName": "String", "expression": { "type": "Literal", "value": "Setuju" } } },
              { "id": "approved", "type": "Elsa.End", "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Approved" } } },
              { "id": "rejected", "type": "Elsa.End", "result": { "typeName": "String", "expression": { "type": "Literal", "value": "Rejected" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "review", "port": "In" } },
              { "source": { "activity": "review", "port": "Setuju" }, "target": { "activity": "approved", "port": "In" } },
              { "source": { "activity": "review", "port": "Tolak" }, "target": { "activity": "rejected", "port": "In" } }
            ] } }
        """;

    [Fact]
    public async Task TaskWithAutomaticOutcome_IsDecidedBySystemAtItsDueDate()
    {
        using (var analyst = await host.ClientAsync("analyst"))
        {
            using var draft = await analyst.PutAsync("/api/definitions/otomatis/draft", new StringContent(TestRoutes.WithPermit(Route), System.Text.Encoding.UTF8, "application/json"));
            Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
            using var publish = await analyst.PostAsync("/api/definitions/otomatis/publish", null);
            Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
        }

        var app = await host.SubmitAsync("otomatis", new JsonObject { ["nama"] = "Pemohon" });
        Assert.Equal(EndOfDay(8, 5), Instant((await host.OpenTaskAsync(app, "review"))["dueAt"]));

        await host.AdvanceToAsync(EndOfDay(8, 5).AddSeconds(1));
        var final = await host.GetApplicationAsync(app.Id);

        Assert.Equal(("Completed", "Approved"), ((string?)final["status"], (string?)final["result"]));
        var decided = Events(final, "TaskCompleted").Single();
        Assert.Equal(("system", "Setuju"), ((string?)decided["actor"], (string?)decided["outcome"]));
        Assert.Single(Events(final, "TaskOverdue"));
    }

    public sealed class OnSqlite(SqliteClockedHost host) : AutomaticOutcomeTests(host), IClassFixture<SqliteClockedHost>;

    public sealed class OnPostgres(PostgresClockedHost host) : AutomaticOutcomeTests(host), IClassFixture<PostgresClockedHost>;
}
