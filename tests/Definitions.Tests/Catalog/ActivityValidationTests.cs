using Mpp.Workflows.Definitions.Catalog;
using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Definitions.Validation;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Catalog;

/// <summary>Each activity type's own input checks, run on a single node at <c>$.a</c>.</summary>
public class ActivityValidationTests
{
    private static List<string> Problems(ActivityNode node, IReadOnlySet<string>? offices = null)
    {
        var context = new ValidationContext(offices);
        ActivityCatalog.Default.Find(node.Type)!.Validate(node, "$.a", context);
        return [.. context.Errors.Select(e => e.Path)];
    }

    private static ValidationError Problem(ActivityNode node)
    {
        var context = new ValidationContext();
        ActivityCatalog.Default.Find(node.Type)!.Validate(node, "$.a", context);
        return Assert.Single(context.Errors);
    }

    [Fact]
    public void EveryBuilderNode_IsValid()
    {
        ActivityNode[] nodes =
        [
            Start(), Task("t", "Ok"), Revision("r", ("expiresAfterDays", Literal(14)), ("reasons", Script("'Lengkapi ' + outcomes.verify"))),
            Decision("d"), Switch("s", ("A", "true")), Fork("f", "a", "b"), Join("j", "WaitAny"), Issue("i", "Receipt"), Email("e"), Delay("w"), End("x", "Withdrawn"),
        ];

        Assert.All(nodes, node => Assert.Empty(Problems(node)));
    }

    [Fact]
    public void HumanTask_WithoutOfficeOrOutcomes_IsReported()
    {
        var node = Node("t", ActivityTypes.HumanTask, ("role", Literal("Reviewer")));

        Assert.Equal(["$.a.office", "$.a.outcomes"], Problems(node));
    }

    [Fact]
    public void HumanTask_EmptyOutcomeList_IsReported()
    {
        Assert.Equal("$.a.outcomes", Problem(Task("t")).Path);
    }

    [Fact]
    public void HumanTask_DuplicateOutcome_IsReportedAtTheRepeat()
    {
        Assert.Equal(["$.a.outcomes[2]"], Problems(Task("t", "Setuju", "Tolak", "setuju")));
    }

    [Fact]
    public void HumanTask_UnknownOffice_IsReportedOnlyWhenOfficesAreKnown()
    {
        var node = Task("t", "Ok");

        Assert.Empty(Problems(node));
        Assert.Empty(Problems(node, new HashSet<string> { "DPMPTSP", "DINKES" }));
        Assert.Equal(["$.a.office"], Problems(node, new HashSet<string> { "DINKES" }));
    }

    [Theory]
    [InlineData("Escalate", true)]
    [InlineData("escalate", true)]
    [InlineData("Setuju", true)]
    [InlineData("Approve", false)]
    public void HumanTask_OnDeadline_IsEscalateOrAnOutcome(string onDeadline, bool valid)
    {
        var node = Task("t", ["Setuju", "Tolak"], ("slaDays", Literal(5)), ("onDeadline", Literal(onDeadline)));

        Assert.Equal(valid ? [] : ["$.a.onDeadline"], Problems(node));
    }

    [Fact]
    public void HumanTask_ReasonRequiredFor_NamesOnlyTheTasksOutcomes_AndIsRead()
    {
        var node = Task("t", ["Setuju", "Batal"], ("reasonRequiredFor", Build.Names("Batal")));
        var wrong = Task("t", ["Setuju", "Batal"], ("reasonRequiredFor", Build.Names("Tolak")));

        Assert.Empty(Problems(node));
        Assert.Equal(["Batal"], HumanTaskActivity.ReadSpec(node).ReasonRequiredFor);
        Assert.Equal(["$.a.reasonRequiredFor"], Problems(wrong));
        Assert.Contains("'Tolak' is not an outcome of this task", Problem(wrong).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTask_NegativeSlaDays_IsReported()
    {
        var error = Problem(Task("t", ["Ok"], ("slaDays", Literal(-1))));

        Assert.Equal("$.a.slaDays", error.Path);
        Assert.Contains("at least 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTask_SlaDaysThatIsNotAWholeNumber_IsReported()
    {
        Assert.Equal(["$.a.slaDays"], Problems(Task("t", ["Ok"], ("slaDays", Literal("lima")))));
    }

    [Fact]
    public void HumanTask_EscalationReminderOrAutomaticOutcomeWithoutDeadline_IsReported()
    {
        var node = Task("t", ["Ok"], ("escalateTo", Literal("Head")), ("reminderDaysBefore", Literal(1)), ("onDeadline", Literal("Ok")));

        Assert.Equal(["$.a.reminderDaysBefore", "$.a.escalateTo", "$.a.onDeadline"], Problems(node));
    }

    [Fact]
    public void HumanTask_ReminderNotBeforeTheDeadline_IsReported()
    {
        Assert.Equal(["$.a.reminderDaysBefore"], Problems(Task("t", ["Ok"], ("slaDays", Literal(2)), ("reminderDaysBefore", Literal(2)))));
        Assert.Empty(Problems(Task("t", ["Ok"], ("slaDays", Literal(3)), ("reminderDaysBefore", Literal(2)))));
    }

    [Fact]
    public void HumanTask_TitleScriptThatDoesNotParse_GivesTheParserPosition()
    {
        var node = Task("t", ["Ok"], ("title", new ActivityInput("String", Expression.JavaScript("'Verifikasi ' + "))));

        var error = Problem(node);

        Assert.Equal("$.a.title", error.Path);
        Assert.Contains("line 1, column 17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTask_FormFields_AreCheckedLikeTheApplicationForm()
    {
        var form = JsonNode.Parse("""
            [ { "name": "nilai", "type": "Number", "displayName": "Nilai" },
              { "name": "Nilai", "type": "Number", "displayName": "Nilai lagi" },
              { "name": "tanggal", "type": "DateTime", "displayName": "Tanggal" },
              { "type": "String", "displayName": "Tanpa nama" },
              "catatan" ]
            """);

        Assert.Equal(["$.a.form[2].type", "$.a.form[4]", "$.a.form[1].name", "$.a.form[3].name"], Problems(Task("t", ["Ok"], ("form", Build.Object(form)))));
    }

    [Fact]
    public void HumanTask_MisspelledInput_IsReportedRatherThanIgnored()
    {
        var error = Problem(Task("t", ["Ok"], ("slaDay", Literal(3))));

        Assert.Equal("$.a.slaDay", error.Path);
        Assert.Contains("slaDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTask_OfficeAsScript_IsNotAccepted()
    {
        var node = Node("t", ActivityTypes.HumanTask, ("office", Script("'DPMPTSP'")), ("role", Literal("Reviewer")), ("outcomes", Names("Ok")));

        var error = Problem(node);

        Assert.Equal("$.a.office", error.Path);
        Assert.Contains("does not take a JavaScript expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTask_OfficeThatIsNotText_IsReported()
    {
        var node = Node("t", ActivityTypes.HumanTask, ("office", Literal(7)), ("role", Literal("Reviewer")), ("outcomes", Names("Ok")));

        var error = Problem(node);

        Assert.Equal("$.a.office", error.Path);
        Assert.Contains("must be text, not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_WithoutCondition_IsReported()
    {
        Assert.Equal(["$.a.condition"], Problems(Node("d", ActivityTypes.FlowDecision)));
    }

    [Theory]
    [InlineData("application.luasLantai > 300 || application.fungsiBangunan != 'Hunian'", true)]
    [InlineData("application.luasLantai >", false)]
    [InlineData("application.a; application.b", false)]
    [InlineData("return true", false)]
    public void Decision_ConditionMustBeOneJavaScriptExpression(string condition, bool valid)
    {
        Assert.Equal(valid ? [] : ["$.a.condition"], Problems(Decision("d", condition)));
    }

    [Fact]
    public void Decision_LiteralCondition_MustBeABoolean()
    {
        Assert.Empty(Problems(Node("d", ActivityTypes.FlowDecision, ("condition", Literal(true)))));
        Assert.Equal(["$.a.condition"], Problems(Node("d", ActivityTypes.FlowDecision, ("condition", Literal("ya")))));
    }

    [Fact]
    public void Switch_CasesWithoutLabelOrCondition_DuplicateLabelsAndBadScripts_AreReported()
    {
        var cases = JsonNode.Parse("""
            [ { "label": "Besar", "condition": "application.luas > 300" },
              { "condition": "true" },
              { "label": "besar", "condition": "false" },
              { "label": "Kecil" },
              { "label": "Sedang", "condition": "application.luas >" },
              { "label": "Default", "condition": "true" } ]
            """);

        var node = Node("s", ActivityTypes.FlowSwitch, ("cases", Build.Object(cases)));

        Assert.Equal(["$.a.cases[1].label", "$.a.cases[2].label", "$.a.cases[3].condition", "$.a.cases[4].condition", "$.a.cases[5].label"], Problems(node));
    }

    [Fact]
    public void Switch_WithoutCases_IsReported()
    {
        Assert.Equal(["$.a.cases"], Problems(Node("s", ActivityTypes.FlowSwitch)));
        Assert.Equal(["$.a.cases"], Problems(Node("s", ActivityTypes.FlowSwitch, ("cases", Build.Object(new JsonArray())))));
    }

    [Fact]
    public void Fork_WithOneBranch_IsReported()
    {
        Assert.Equal(["$.a.branches"], Problems(Fork("f", "teknis")));
    }

    [Fact]
    public void Join_InvalidMode_IsReported()
    {
        Assert.Equal(["$.a.mode"], Problems(Join("j", "WaitSome")));
        Assert.Empty(Problems(Node("j", ActivityTypes.FlowJoin)));
    }

    [Fact]
    public void IssueDocument_InvalidOrMissingKind_IsReported()
    {
        Assert.Equal(["$.a.kind"], Problems(Issue("i", "Invoice")));
        Assert.Equal(["$.a.kind"], Problems(Node("i", ActivityTypes.IssueDocument)));
    }

    [Fact]
    public void SendEmail_UnknownAttachmentKind_IsReported()
    {
        Assert.Equal(["$.a.attachments[1]"], Problems(Node("e", ActivityTypes.SendEmail, ("attachments", Names("Permit", "Invoice")))));
    }

    [Theory]
    [InlineData(null, "needs 'timeSpan'")]
    [InlineData("tiga hari", "d.hh:mm:ss")]
    [InlineData("-1.00:00:00", "negative")]
    public void Delay_MissingUnreadableOrNegativeTimeSpan_IsReported(string? timeSpan, string message)
    {
        var node = timeSpan is null ? Node("w", ActivityTypes.Delay) : Delay("w", timeSpan);

        var error = Problem(node);

        Assert.Equal("$.a.timeSpan", error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void End_InvalidOrMissingResult_IsReported()
    {
        Assert.Equal(["$.a.result"], Problems(End("x", "Done")));
        Assert.Equal(["$.a.result"], Problems(Node("x", ActivityTypes.End)));
    }

    [Fact]
    public void ApplicantRevision_ExpiryOfZeroDays_IsReported()
    {
        Assert.Equal(["$.a.expiresAfterDays"], Problems(Revision("r", ("expiresAfterDays", Literal(0)))));
    }

    [Fact]
    public void Start_WithInputs_IsReported()
    {
        Assert.Equal(["$.a.office"], Problems(Node("s", ActivityTypes.Start, ("office", Literal("DPMPTSP")))));
    }
}
