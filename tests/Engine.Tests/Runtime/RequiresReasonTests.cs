using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Engine.Scripting;

namespace Mpp.Workflows.Engine.Tests.Runtime;

/// <summary>Which outcomes of a task need a reason: found in the route, not named by the host.</summary>
public sealed class RequiresReasonTests
{
    private readonly FlowchartInterpreter _interpreter = new(new JintExpressionEvaluator());

    //  review ──Fix──► fix (ApplicantRevision)
    //         ──No───► letter (IssueDocument Rejection) ──► mail ──► refused (End Rejected)
    //         ──Maybe─► decide ──True──► refused  / ──False──► ok
    //         ──Ok────► sign (HumanTask) ──No──► refused
    //         ──Cancel─► withdrawn (End Withdrawn)
    private static Flowchart Route(params string[] reasonRequiredFor)
    {
        var flow = new Flow().Task("review", "DPMPTSP", "Fix", "No", "Maybe", "Ok", "Cancel").Revision("fix")
            .Decision("decide", "application.x > 1").Task("sign", "DPMPTSP", "No").End("refused", "Rejected")
            .End("ok", "Approved").End("withdrawn", "Withdrawn")
            .Connect("review", "Fix", "fix").Connect("review", "No", "letter").Connect("letter", "Done", "mail")
            .Connect("mail", "Done", "refused").Connect("review", "Maybe", "decide").Connect("decide", "True", "refused")
            .Connect("decide", "False", "ok").Connect("review", "Ok", "sign").Connect("sign", "No", "refused")
            .Connect("review", "Cancel", "withdrawn").Build();
        var review = flow.Find("review")!;
        review = ActivityNode.Create(review.Id, review.Type, review.Name, [
            .. review.Inputs,
            KeyValuePair.Create("reasonRequiredFor", new ActivityInput("Object", Expression.Object(new JsonArray([.. reasonRequiredFor.Select(o => (JsonNode?)o)])))),
        ]);
        var letter = ActivityNode.Create("letter", ActivityTypes.IssueDocument, "letter",
            [KeyValuePair.Create("kind", new ActivityInput("String", Expression.Literal("Rejection")))]);
        var mail = ActivityNode.Create("mail", ActivityTypes.SendEmail, "mail", []);
        return flow with { Activities = [.. flow.Activities.Where(a => a.Id != "review"), review, letter, mail] };
    }

    [Theory]
    [InlineData("Fix", true)]
    [InlineData("No", true)]
    [InlineData("Maybe", true)]
    [InlineData("Ok", false)]
    [InlineData("Cancel", false)]
    public void RequiresReason_FollowsTheRouteUntilSomeoneElseDecides(string outcome, bool required) =>
        Assert.Equal(required, _interpreter.RequiresReason(Route(), "review", outcome));

    [Fact]
    public void RequiresReason_ForAnOutcomeTheRouteNames()
    {
        Assert.True(_interpreter.RequiresReason(Route("Cancel"), "review", "Cancel"));
        Assert.False(_interpreter.RequiresReason(Route("Cancel"), "review", "Ok"));
    }
}
