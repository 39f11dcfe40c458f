using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>
/// A return or a refusal is never decided without a reason the applicant can read (issue 11: a file was returned with no
/// reason and the applicant was told only that it "perlu dilengkapi").
/// </summary>
public sealed class DecisionReasonTests : HandlerTestBase
{
    [Theory]
    [InlineData("Return", null)]
    [InlineData("Reject", "   ")]
    public async Task Complete_ReturnOrRefusal_WithoutAReason_IsInvalid_AndChangesNothing(string outcome, string? comment)
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);

        var error = await Assert.ThrowsAsync<CommandException>(() => Engine.CompleteTask.HandleAsync(
            task.Id, new CompleteTaskCommand(outcome, comment, null), Reviewer, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Invalid, error.Kind);
        Assert.Equal("Alasan keputusan wajib diisi", error.Title);
        Assert.Contains($"\"{outcome}\" wajib disertai alasan", Assert.Single(error.Errors!["comment"]), StringComparison.Ordinal);
        Assert.Equal(TaskStates.Open, (await Store.GetTaskAsync(task.Id, CancellationToken.None))!.Status);
        Assert.Equal(ApplicationStatuses.InProgress, (await Store.GetInstanceAsync(submitted.Id, CancellationToken.None))!.Status);
    }

    /// <summary>The message names the decision as its button does, not by its code (an officer saw 'TidakLengkap').</summary>
    [Theory]
    [InlineData("TidakLengkap", "Tidak lengkap")]
    [InlineData("Kembalikan", "Kembalikan")]
    [InlineData("Return", "Return")]
    public void ReasonRequired_NamesTheDecisionInWords(string outcome, string words) =>
        Assert.StartsWith($"Keputusan \"{words}\" wajib", DecisionTexts.ReasonRequired(outcome), StringComparison.Ordinal);

    [Fact]
    public async Task Complete_Return_WithAReason_GoesBackToTheApplicant_AndAnApprovalNeedsNone()
    {
        var returned = await SubmitAsync();
        var approved = await SubmitAsync();

        var back = await Engine.CompleteTask.HandleAsync(
            (await OpenTaskAsync(returned.Id)).Id, new CompleteTaskCommand("Return", "Scan KTP tidak terbaca", null), Reviewer, CancellationToken.None);
        var on = await Engine.CompleteTask.HandleAsync(
            (await OpenTaskAsync(approved.Id)).Id, new CompleteTaskCommand("Approve", null, null), Reviewer, CancellationToken.None);

        Assert.Equal(ApplicationStatuses.AwaitingApplicant, back.Status);
        Assert.Equal(ApplicationStatuses.InProgress, on.Status);
    }

    [Fact]
    public async Task Complete_ReasonMessage_IsEnglish_WhenTheRequestIsEnglish()
    {
        var submitted = await SubmitAsync();
        var task = await OpenTaskAsync(submitted.Id);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var error = await Assert.ThrowsAsync<CommandException>(() => Engine.CompleteTask.HandleAsync(
                task.Id, new CompleteTaskCommand("Reject", null, null), Reviewer, CancellationToken.None));

            Assert.Equal("A reason is required for this decision", error.Title);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
