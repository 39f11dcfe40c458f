using Mpp.Workflows.Definitions.Catalog.Activities;
using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests.Catalog;

public class ActivityReadersTests
{
    [Fact]
    public void ReadSpec_ReadsEveryTaskInput()
    {
        var form = JsonNode.Parse("""[ { "name": "tanggalKunjungan", "type": "Date", "displayName": "Tanggal kunjungan", "required": true }, { "type": "Bogus" } ]""");
        var node = Task("health", ["Rekomendasi", "Tolak"],
            ("office", Literal("DINKES")), ("title", new ActivityInput("String", Expression.JavaScript("'Rekomendasi ' + application.namaLengkap"))),
            ("form", Build.Object(form)), ("slaDays", Literal(6)), ("reminderDaysBefore", Literal(1)), ("escalateTo", Literal("Head")),
            ("onDeadline", Literal("escalate")), ("marksComplete", Literal(true)));

        var spec = HumanTaskActivity.ReadSpec(node);

        Assert.Equal(("DINKES", "Reviewer", "'Rekomendasi ' + application.namaLengkap", true), (spec.Office, spec.Role, spec.Title, spec.TitleIsScript));
        Assert.Equal(["Rekomendasi", "Tolak"], spec.Outcomes);
        Assert.Equal(new FieldDefinition("tanggalKunjungan", FieldType.Date, "Tanggal kunjungan", Required: true), Assert.Single(spec.Form));
        Assert.Equal((6, 1, "Head", "Escalate", true), (spec.SlaDays, spec.ReminderDaysBefore, spec.EscalateTo, spec.OnDeadline, spec.MarksComplete));
    }

    [Fact]
    public void ReadSpec_OptionalInputsAbsent_GivesDefaults()
    {
        var spec = HumanTaskActivity.ReadSpec(Task("t", "Ok"));

        Assert.Equal((null, false, null, null, null, null, false), (spec.Title, spec.TitleIsScript, spec.SlaDays, spec.EscalateTo, spec.OnDeadline, spec.ReminderDaysBefore, spec.MarksComplete));
        Assert.Empty(spec.Form);
    }

    [Fact]
    public void ReadSpec_OnDeadlineOutcome_UsesTheOutcomesSpelling()
    {
        var spec = HumanTaskActivity.ReadSpec(Task("t", ["Setuju"], ("slaDays", Literal(5)), ("onDeadline", Literal("setuju"))));

        Assert.Equal("Setuju", spec.OnDeadline);
    }

    [Fact]
    public void ReadCases_KeepsOrderAndSkipsIncompleteCases()
    {
        var node = Node("s", ActivityTypes.FlowSwitch, ("cases", Build.Object(JsonNode.Parse("""
            [ { "Label": "Besar", "Condition": "application.luas > 300" }, { "label": "Rusak" }, { "label": "Kecil", "condition": "true" } ]
            """))));

        Assert.Equal([new SwitchCase("Besar", "application.luas > 300"), new SwitchCase("Kecil", "true")], FlowSwitchActivity.ReadCases(node));
    }

    [Theory]
    [InlineData(null, JoinMode.WaitAll)]
    [InlineData("WaitAll", JoinMode.WaitAll)]
    [InlineData("waitany", JoinMode.WaitAny)]
    public void ReadMode_DefaultsToWaitAll(string? mode, JoinMode expected)
    {
        var node = mode is null ? Node("j", ActivityTypes.FlowJoin) : Join("j", mode);

        Assert.Equal(expected, FlowJoinActivity.ReadMode(node));
    }

    [Theory]
    [InlineData("3.00:00:00", 72.0)]
    [InlineData("02:30:00", 2.5)]
    [InlineData("-01:00:00", null)]
    [InlineData("besok", null)]
    public void ReadTimeSpan_ParsesDaysHoursMinutesSeconds(string text, double? hours)
    {
        Assert.Equal(hours is { } h ? TimeSpan.FromHours(h) : null, DelayActivity.ReadTimeSpan(Delay("w", text)));
    }

    [Fact]
    public void ReadResultAndReadKind_GiveCanonicalSpellingOrNull()
    {
        Assert.Equal("Rejected", EndActivity.ReadResult(End("x", "rejected")));
        Assert.Null(EndActivity.ReadResult(End("x", "Done")));
        Assert.Equal("Permit", IssueDocumentActivity.ReadKind(Issue("i", "PERMIT")));
        Assert.Null(IssueDocumentActivity.ReadKind(Node("i", ActivityTypes.IssueDocument)));
    }

    [Fact]
    public void ReadExpiresAfterDays_IsNullWithoutExpiry()
    {
        Assert.Equal(14, ApplicantRevisionActivity.ReadExpiresAfterDays(Revision("r", ("expiresAfterDays", Literal(14)))));
        Assert.Null(ApplicantRevisionActivity.ReadExpiresAfterDays(Revision("r")));
    }
}
