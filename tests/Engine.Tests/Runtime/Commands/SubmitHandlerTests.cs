using Mpp.Workflows.Engine.Runtime;

namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

public sealed class SubmitHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Submit_NumbersTheApplication_OpensTheFirstTaskWithItsSlaTimer_AndQueuesTheReceipt()
    {
        var result = await SubmitAsync();

        Assert.Equal(ApplicationStatuses.InProgress, result.Status);
        Assert.Contains("HDL", result.RegistrationNumber, StringComparison.Ordinal);
        var task = await OpenTaskAsync(result.Id);
        Assert.Equal("review", task.ActivityId);
        Assert.NotNull(task.DueAt);
        Assert.Equal(task.Id, (await PendingTimerAsync(TimerKinds.TaskDeadline)).TaskId);
        var outbox = await Store.ListOutboxOfInstanceAsync(result.Id, CancellationToken.None);
        Assert.Contains(outbox, m => m.Kind == OutboxKinds.IssueDocument && m.PayloadJson.Contains("Receipt", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.Kind == OutboxKinds.Email && m.PayloadJson.Contains("Receipt", StringComparison.Ordinal));
        Assert.All(outbox, m => Assert.DoesNotContain(result.TrackingToken, m.PayloadJson, StringComparison.Ordinal));
        Assert.Equal(Engine.Tokens.For(result.Id), result.TrackingToken);
        Assert.Equal([AuditEvents.Submitted, AuditEvents.TaskCreated], await EventsAsync(result.Id));
    }

    [Fact]
    public async Task Submit_WithTheSameIdempotencyKey_ReturnsTheFirstResult()
    {
        var first = await SubmitAsync("key-1");
        var second = await SubmitAsync("key-1");

        Assert.Equal(first, second);
        Assert.Single((await Store.ListInstancesAsync(new Mpp.Workflows.Engine.Persistence.InstanceQuery(null, null), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Submit_InvalidApplicantOrData_IsRefusedWithFieldErrors_AndWritesNothing()
    {
        var command = new SubmitCommand("handlers", new Applicant("", "not-an-email", null, "123"), [], null, Actor.Applicant);

        var error = await Assert.ThrowsAsync<CommandException>(() => Engine.Submit.HandleAsync(command, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Invalid, error.Kind);
        Assert.Contains("applicant.name", error.Errors!.Keys);
        Assert.Contains("applicant.email", error.Errors.Keys);
        Assert.Contains("applicant.nik", error.Errors.Keys);
        Assert.Contains("data.nama", error.Errors.Keys);
        Assert.Empty((await Store.ListInstancesAsync(new Mpp.Workflows.Engine.Persistence.InstanceQuery(null, null), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Submit_UnknownDefinition_IsNotFound()
    {
        var command = new SubmitCommand("nope", new Applicant("Budi", "budi@example.id", null, null), new JsonObject(), null, Actor.Applicant);

        var error = await Assert.ThrowsAsync<CommandException>(() => Engine.Submit.HandleAsync(command, CancellationToken.None));

        Assert.Equal(CommandErrorKind.NotFound, error.Kind);
    }
}
