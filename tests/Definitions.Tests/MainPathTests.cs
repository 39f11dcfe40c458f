using static Mpp.Workflows.Definitions.Tests.Build;

namespace Mpp.Workflows.Definitions.Tests;

/// <summary>The main path a service standard publishes: its steps in order and the working days their deadlines add up to.</summary>
public sealed class MainPathTests
{
    /*  start → check (2) ─Lengkap→ review (3) ─Setuju→ permit → end-approved
                  └─TidakLengkap→ revision ─Resubmitted→ check      review ─Tolak→ end-rejected  */
    [Fact]
    public void TakesEachTasksFirstOutcome_AndSkipsTheReturnToTheApplicant()
    {
        var definition = Definition(
            [Start(), Task("check", ["TidakLengkap", "Lengkap"], ("slaDays", Literal(2))), Revision("revision"),
             Task("review", ["Setuju", "Tolak"], ("slaDays", Literal(3))), Issue("permit"), End("end-approved"), End("end-rejected", "Rejected")],
            Wire("start", "Done", "check"), Wire("check", "TidakLengkap", "revision"), Wire("revision", "Resubmitted", "check"),
            Wire("check", "Lengkap", "review"), Wire("review", "Setuju", "permit"), Wire("review", "Tolak", "end-rejected"),
            Wire("permit", "Done", "end-approved"));

        var path = MainPath.Find(definition.Root)!;

        Assert.Equal(["check", "review", "permit"], path.Steps.Select(s => s.Activity.Id));
        Assert.Equal(["Lengkap", "Setuju", null], path.Steps.Select(s => s.Outcome));
        Assert.Equal(5, path.Days);
        Assert.DoesNotContain("revision", path.ActivityIds);
        Assert.DoesNotContain("end-rejected", path.ActivityIds);
    }

    /*  start → first ─Tolak→ end-rejected        a refusal listed first is passed over: it reaches no approval
                  └─Setuju→ end-approved  */
    [Fact]
    public void PassesOverAnOutcomeThatReachesNoApproval()
    {
        var definition = Definition(
            [Start(), Task("first", ["Tolak", "Setuju"], ("slaDays", Literal(4))), End("end-approved"), End("end-rejected", "Rejected")],
            Wire("start", "Done", "first"), Wire("first", "Tolak", "end-rejected"), Wire("first", "Setuju", "end-approved"));

        var path = MainPath.Find(definition.Root)!;

        Assert.Equal("Setuju", Assert.Single(path.Steps).Outcome);
        Assert.Contains(("first", "Setuju"), path.Exits);
        Assert.Equal(4, path.Days);
    }

    /*  start → fork ─a→ slow (6) ─→ join → sign (2) → end
                   └─b→ quick (1) ─┘                       the branches run together: 6 + 2, not 6 + 1 + 2  */
    [Fact]
    public void AFork_RunsEveryBranch_AndCountsTheLongest()
    {
        var definition = Definition(
            [Start(), Fork("fork", "a", "b"), Task("slow", ["Setuju"], ("slaDays", Literal(6))), Task("quick", ["Setuju"], ("slaDays", Literal(1))),
             Join("join"), Task("sign", ["Setuju"], ("slaDays", Literal(2))), End("end")],
            Wire("start", "Done", "fork"), Wire("fork", "a", "slow"), Wire("fork", "b", "quick"), Wire("slow", "Setuju", "join"),
            Wire("quick", "Setuju", "join"), Wire("join", "Done", "sign"), Wire("sign", "Setuju", "end"));

        var path = MainPath.Find(definition.Root)!;

        Assert.Equal(["slow", "quick", "sign"], path.Steps.Select(s => s.Activity.Id));
        Assert.Equal(["fork", "fork", null], path.Steps.Select(s => s.Fork));
        Assert.Equal(8, path.Days);
    }

    [Fact]
    public void IsNull_WhenNoApprovingEndCanBeReached()
    {
        var definition = Definition([Start(), Task("only", "Tolak"), End("end-rejected", "Rejected")],
            Wire("start", "Done", "only"), Wire("only", "Tolak", "end-rejected"));

        Assert.Null(MainPath.Find(definition.Root));
    }
}
