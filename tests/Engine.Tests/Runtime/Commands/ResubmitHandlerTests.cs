namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class ResubmitHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Resubmit_ReplacesTheData_ResumesTheClocks_AndReopensTheReview()
    {
        var submitted = await SubmitAsync();
        await DecideAsync((await OpenTaskAsync(submitted.Id)).Id, "Return");

        var view = await Engine.Resubmit.HandleAsync(submitted.Id, submitted.TrackingToken, new JsonObject { ["nama"] = "Budi Santoso" }, [], CancellationToken.None);

        Assert.Equal(ApplicationStatuses.InProgress, view.Status);
        Assert.Equal("Budi Santoso", view.Data["nama"]!.GetValue<string>());
        Assert.Equal("review", Assert.Single(view.OpenTasks).ActivityId);
        var events = await EventsAsync(submitted.Id);
        Assert.Contains(AuditEvents.Resubmitted, events);
    }

    [Fact]
    public async Task Resubmit_WithAWrongToken_IsNotFound_AndWhenNotAwaitingTheApplicant_IsAConflict()
    {
        var submitted = await SubmitAsync();

        var conflict = await Assert.ThrowsAsync<CommandException>(() =>
            Engine.Resubmit.HandleAsync(submitted.Id, submitted.TrackingToken, [], [], CancellationToken.None));
        var notFound = await Assert.ThrowsAsync<CommandException>(() =>
            Engine.Resubmit.HandleAsync(submitted.Id, "wrong", [], [], CancellationToken.None));

        Assert.Equal(CommandErrorKind.Conflict, conflict.Kind);
        Assert.Equal(CommandErrorKind.NotFound, notFound.Kind);
    }
}
