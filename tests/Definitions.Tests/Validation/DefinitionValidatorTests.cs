using Mpp.Workflows.Definitions.Validation;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Validation;

public class DefinitionValidatorTests
{
    private static List<string> Paths(WorkflowDefinition definition, IReadOnlySet<string>? offices = null) =>
        [.. DefinitionValidator.Validate(definition, offices).Select(e => e.Path)];

    private static ValidationError Single(WorkflowDefinition definition) => Assert.Single(DefinitionValidator.Validate(definition));

    [Fact]
    public void Validate_MinimalRoute_HasNoErrors()
    {
        Assert.Empty(DefinitionValidator.Validate(Minimal(), new HashSet<string> { "DPMPTSP" }));
    }

    [Fact]
    public void Validate_EmptyIdentity_ReportsIdDefinitionIdAndName()
    {
        var definition = Minimal() with { Id = "", DefinitionId = " ", Name = "" };

        Assert.Equal(["$.id", "$.definitionId", "$.name"], Paths(definition));
    }

    /// <summary><code>start ─▶ verify ─▶ (Mpp.Unknown "stamp") ─▶ end</code></summary>
    [Fact]
    public void Validate_UnknownActivityType_NamesTheTypeAtItsPath()
    {
        var definition = Definition(
            [Start(), Task("verify", "Ok"), Node("stamp", "Mpp.Stamp"), End("end", "Rejected")],
            Wire("start", "Done", "verify"), Wire("verify", "Ok", "stamp"), Wire("stamp", "Done", "end"));

        var error = Single(definition);

        Assert.Equal("$.root.activities[2].type", error.Path);
        Assert.Contains("'Mpp.Stamp'", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ end-approved;  ─Tolak─▶ end-rejected;  second "verify" elsewhere</code></summary>
    [Fact]
    public void Validate_DuplicateActivityId_IsReportedAtTheSecondOne()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Activities = [.. Minimal().Root.Activities, End("verify")] } };

        var error = Single(definition);

        Assert.Equal("$.root.activities[5].id", error.Path);
        Assert.Contains("$.root.activities[1]", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>verify ─Ok─▶ end   (no start)</code></summary>
    [Fact]
    public void Validate_NoStart_IsReported()
    {
        var definition = Definition([Task("verify", "Ok"), End("end", "Rejected")], Wire("verify", "Ok", "end"));

        Assert.Equal(["$.root.activities"], Paths(definition));
    }

    /// <summary><code>start ─▶ end;  start-2 ─▶ end</code></summary>
    [Fact]
    public void Validate_SecondStart_IsReportedAtTheSecondOne()
    {
        var definition = Definition([Start(), Start("start-2"), End("end", "Rejected")], Wire("start", "Done", "end"), Wire("start-2", "Done", "end"));

        Assert.Equal(["$.root.activities[1]"], Paths(definition));
    }

    /// <summary>
    /// <code>
    /// start ─▶ end
    /// orphan ─Ok─▶ orphan-end      (nothing leads to orphan)
    /// </code>
    /// </summary>
    [Fact]
    public void Validate_ActivitiesNotReachableFromStart_AreEachReported()
    {
        var definition = Definition(
            [Start(), End("end", "Rejected"), Task("orphan", "Ok"), End("orphan-end")],
            Wire("start", "Done", "end"), Wire("orphan", "Ok", "orphan-end"));

        Assert.Equal(["$.root.activities[2]", "$.root.activities[3]"], Paths(definition));
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ (missing);  ghost ─Done─▶ verify</code></summary>
    [Fact]
    public void Validate_ConnectionsToAndFromUnknownActivities_AreReported()
    {
        var definition = Minimal() with
        {
            Root = Minimal().Root with
            {
                Connections = [Wire("start", "Done", "verify"), Wire("verify", "Setuju", "missing"), Wire("verify", "Tolak", "end-rejected"),
                    Wire("ghost", "Done", "verify"), Wire("end-approved-feeder", "Done", "end-approved")],
            },
        };

        // The permit step is cut off with the approval: its outcome leads nowhere, and neither it nor the approval is reached.
        Assert.Equal(["$.root.connections[1].target.activity", "$.root.connections[3].source.activity", "$.root.connections[4].source.activity",
                "$.root.activities[4]", "$.root.activities[2]", "$.root.activities[4]"],
            Paths(definition));
    }

    [Fact]
    public void Validate_RepeatedConnection_IsReportedOnceAsADuplicate()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Connections = [.. Minimal().Root.Connections, Wire("verify", "tolak", "end-rejected")] } };

        var error = Single(definition);

        Assert.Equal("$.root.connections[4]", error.Path);
        Assert.Contains("repeats $.root.connections[2]", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ permit;  ─Tolak─▶ end-rejected;  ─Tolak─▶ permit</code></summary>
    [Fact]
    public void Validate_TwoConnectionsFromOnePort_AreAmbiguous()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Connections = [.. Minimal().Root.Connections, Wire("verify", "Tolak", "permit")] } };

        var error = Single(definition);

        Assert.Equal("$.root.connections[4].source", error.Path);
        Assert.Contains("already connected by $.root.connections[2]", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ end-approved;  ─Tolak─▶ end-rejected;  ─Batal─▶ end-rejected (no such outcome)</code></summary>
    [Fact]
    public void Validate_SourcePortTheActivityDoesNotHave_ListsItsPorts()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Connections = [.. Minimal().Root.Connections, Wire("verify", "Batal", "end-rejected")] } };

        var error = Single(definition);

        Assert.Equal("$.root.connections[4].source.port", error.Path);
        Assert.Contains("Setuju, Tolak", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TargetPortOtherThanIn_IsReported()
    {
        var connections = Minimal().Root.Connections.ToList();
        connections[0] = connections[0] with { Target = new Endpoint("verify", "Done") };
        var definition = Minimal() with { Root = Minimal().Root with { Connections = connections } };

        Assert.Equal(["$.root.connections[0].target.port"], Paths(definition));
    }

    /// <summary><code>start ─▶ verify ─Setuju─▶ end-approved;  ─Tolak─▶ (nothing)</code></summary>
    [Fact]
    public void Validate_UnconnectedOutcome_IsReportedAtTheOutcome()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Connections = [.. Minimal().Root.Connections.Where((_, k) => k != 2)] } };

        var errors = DefinitionValidator.Validate(definition);

        Assert.Equal(["$.root.activities[1].outcomes[1]", "$.root.activities[3]"], errors.Select(e => e.Path));
        Assert.Contains("'Tolak'", errors[0].Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <code>
    /// start ─▶ verify ─Setuju─▶ end
    ///            └Kembalikan─▶ revise ─Resubmitted─▶ verify
    ///                             └Expired─▶ (nothing)
    /// </code>
    /// </summary>
    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "$.root.activities[2]" })]
    public void Validate_UnconnectedExpired_IsAnErrorOnlyWhenTheRevisionExpires(bool expires, string[] expected)
    {
        var revise = expires ? Revision("revise", ("expiresAfterDays", Literal(14))) : Revision("revise");
        var definition = Definition(
            [Start(), Task("verify", "Setuju", "Kembalikan"), revise, End("end", "Rejected")],
            Wire("start", "Done", "verify"), Wire("verify", "Setuju", "end"), Wire("verify", "Kembalikan", "revise"), Wire("revise", "Resubmitted", "verify"));

        Assert.Equal(expected, Paths(definition));
    }

    /// <summary><code>start ─▶ size ─Besar─▶ end;  ─Kecil─▶ end;  ─Default─▶ (nothing)</code></summary>
    [Fact]
    public void Validate_SwitchDefault_MustBeConnected()
    {
        var definition = Definition(
            [Start(), Switch("size", ("Besar", "application.luas > 300"), ("Kecil", "application.luas <= 300")), End("end", "Rejected")],
            Wire("start", "Done", "size"), Wire("size", "Besar", "end"), Wire("size", "Kecil", "end"));

        var error = Single(definition);

        Assert.Equal("$.root.activities[1]", error.Path);
        Assert.Contains("'Default'", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>start ─▶ fork ─a─▶ review-a ─Ok─▶ join ─▶ end;   fork ─b─▶ end (join gets one branch)</code></summary>
    [Fact]
    public void Validate_JoinWithOneInboundConnection_IsReported()
    {
        var definition = Definition(
            [Start(), Fork("fork", "a", "b"), Task("review-a", "Ok"), Join("join"), End("end", "Rejected")],
            Wire("start", "Done", "fork"), Wire("fork", "a", "review-a"), Wire("fork", "b", "end"), Wire("review-a", "Ok", "join"), Wire("join", "Done", "end"));

        Assert.Equal(["$.root.activities[3]"], Paths(definition));
    }

    /// <summary><code>start ─▶ end ─Done─▶ verify …</code></summary>
    [Fact]
    public void Validate_EndWithOutgoingConnection_IsReported()
    {
        var definition = Minimal() with { Root = Minimal().Root with { Connections = [.. Minimal().Root.Connections, Wire("end-approved", "Done", "verify")] } };

        var error = Single(definition);

        Assert.Equal("$.root.connections[4].source", error.Path);
        Assert.Contains("Elsa.End", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <code>
    /// start ─▶ check ─True──▶ mail ─▶ end
    ///            ▲ └─False─▶ issue ─┐
    ///            └─────────────────┘      (check → issue → check never waits)
    /// </code>
    /// </summary>
    [Fact]
    public void Validate_LoopWithoutWaitState_IsReportedOnceNamingItsActivities()
    {
        var definition = Definition(
            [Start(), Decision("check"), Issue("issue"), Email("mail", "Receipt"), End("end", "Rejected")],
            Wire("start", "Done", "check"), Wire("check", "True", "mail"), Wire("check", "False", "issue"), Wire("issue", "Done", "check"), Wire("mail", "Done", "end"));

        var error = Single(definition);

        Assert.Equal("$.root.activities[1]", error.Path);
        Assert.Contains("'check', 'issue'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <code>
    /// start ─▶ verify ─Setuju─▶ end
    ///            ▲ └Kembalikan─▶ revise ─Resubmitted─┐
    ///            └───────────────────────────────────┘   (the loop waits for the applicant)
    /// </code>
    /// </summary>
    [Fact]
    public void Validate_LoopThroughAWaitState_IsFine()
    {
        var definition = Definition(
            [Start(), Task("verify", "Setuju", "Kembalikan"), Revision("revise"), End("end", "Rejected")],
            Wire("start", "Done", "verify"), Wire("verify", "Setuju", "end"), Wire("verify", "Kembalikan", "revise"), Wire("revise", "Resubmitted", "verify"));

        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    /// <summary>
    /// <code>
    /// start ─▶ review ─Ok─▶ a ─True──▶ b ─True──▶ review      (the outer loop waits at review …)
    ///                      ▲  └False─▶ end  └False─▶ a        (… but a ⇄ b never waits)
    /// </code>
    /// </summary>
    [Fact]
    public void Validate_LoopWithoutWaitStateInsideALoopThatWaits_IsStillReported()
    {
        var definition = Definition(
            [Start(), Task("review", "Ok"), Decision("a"), Decision("b"), End("end", "Rejected")],
            Wire("start", "Done", "review"), Wire("review", "Ok", "a"), Wire("a", "True", "b"), Wire("a", "False", "end"),
            Wire("b", "True", "review"), Wire("b", "False", "a"));

        var error = Single(definition);

        Assert.Equal("$.root.activities[2]", error.Path);
        Assert.Contains("'a', 'b'", error.Message, StringComparison.Ordinal);
    }

    /// <summary><code>start ─▶ spin ─True─▶ spin;  ─False─▶ end</code></summary>
    [Fact]
    public void Validate_SelfLoopWithoutWaitState_IsReported()
    {
        var definition = Definition(
            [Start(), Decision("spin"), End("end", "Rejected")],
            Wire("start", "Done", "spin"), Wire("spin", "True", "spin"), Wire("spin", "False", "end"));

        Assert.Equal(["$.root.activities[1]"], Paths(definition));
    }

    [Fact]
    public void Validate_ApplicationForm_EmptyDuplicateAndInvalidFields()
    {
        var inputs = new[]
        {
            new FieldDefinition("nik", FieldType.String, "NIK"),
            new FieldDefinition("", FieldType.String, "Tanpa nama"),
            new FieldDefinition("NIK", FieldType.String, "NIK lagi"),
            new FieldDefinition("luas", (FieldType)42, "Luas"),
            new FieldDefinition("profesi", FieldType.String, "Profesi", UiHint: "Combo"),
            new FieldDefinition("jenis", FieldType.String, "Jenis", UiHint: "Dropdown"),
        };
        var definition = Definition(Minimal().Root.Activities, Minimal().Root.Connections, inputs);

        Assert.Equal(["$.inputs[1].name", "$.inputs[2].name", "$.inputs[3].type", "$.inputs[4].uiHint", "$.inputs[5].options"], Paths(definition));
    }

    [Fact]
    public void Validate_ApplicationForm_MaxLengthOutOfRange()
    {
        var inputs = new[]
        {
            new FieldDefinition("kode", FieldType.String, "Kode", MaxLength: 0),
            new FieldDefinition("catatan", FieldType.String, "Catatan", MaxLength: 2_000_000),
            new FieldDefinition("nama", FieldType.String, "Nama", MaxLength: 80),
        };
        var definition = Definition(Minimal().Root.Activities, Minimal().Root.Connections, inputs);

        Assert.Equal(["$.inputs[0].maxLength", "$.inputs[1].maxLength"], Paths(definition));
    }

    [Fact]
    public void Validate_ApplicationForm_MinLengthNegativeOrAboveTheMaximum()
    {
        var inputs = new[]
        {
            new FieldDefinition("kode", FieldType.String, "Kode", MinLength: -1),
            new FieldDefinition("nama", FieldType.String, "Nama", MaxLength: 10, MinLength: 11),
            new FieldDefinition("acara", FieldType.String, "Acara", MaxLength: 10, MinLength: 10),
        };
        var definition = Definition(Minimal().Root.Activities, Minimal().Root.Connections, inputs);

        Assert.Equal(["$.inputs[0].minLength", "$.inputs[1].minLength"], Paths(definition));
    }

    [Fact]
    public void Validate_ServiceStandard_NegativeDaysAndUnknownDeadlineAction()
    {
        var definition = Minimal() with
        {
            Options = new DefinitionOptions(SlaDays: -1, StatutoryDays: 5, OnStatutoryDeadline: "Approve", Fee: new FeeInfo(-5m)),
        };

        Assert.Equal(["$.options.slaDays", "$.options.fee.amount", "$.options.onStatutoryDeadline"], Paths(definition));
    }

    [Fact]
    public void Validate_ChecksEachActivitysInputsWithTheKnownOffices()
    {
        var error = Assert.Single(DefinitionValidator.Validate(Minimal(), new HashSet<string> { "DINKES" }));

        Assert.Equal("$.root.activities[1].office", error.Path);
    }

    [Fact]
    public void ValidateJson_MalformedDocument_GivesOneErrorAtItsPath()
    {
        var error = Assert.Single(DefinitionValidator.ValidateJson("""{ "root": { "activities": [ { "id": "a", } "x" ] } }"""));

        Assert.Equal("$.root.activities[0]", error.Path);
        Assert.StartsWith("Not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateJson_ReportsEveryProblemAtOnce()
    {
        var json = """
            { "definitionId": "x", "name": "X", "id": "x-v1",
              "root": { "activities": [
                  { "id": "start", "type": "Elsa.Start" },
                  { "id": "t", "type": "Mpp.HumanTask", "office": "DPMPTSP", "role": "Reviewer", "outcomes": ["Ya", "Ya"], "slaDays": -1 },
                  { "id": "d", "type": "Elsa.Delay", "timeSpan": "soon" },
                  { "id": "e", "type": "Elsa.End", "result": "Done" } ],
                "connections": [ { "source": "start", "sourcePort": "Done", "target": "t" }, { "source": "t", "sourcePort": "Ya", "target": "d" },
                                 { "source": "d", "sourcePort": "Done", "target": "e", "targetPort": "Out" } ] } }
            """;

        Assert.Equal(
            ["$.root.activities[1].outcomes[1]", "$.root.activities[1].slaDays", "$.root.activities[2].timeSpan", "$.root.activities[3].result",
                "$.root.connections[2].target.port"],
            DefinitionValidator.ValidateJson(json).Select(e => e.Path));
    }
}
