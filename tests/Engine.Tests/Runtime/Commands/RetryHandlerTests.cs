namespace Mpp.Workflows.Engine.Tests.Runtime.Commands;

/// <summary>The retry of a faulted application end to end is in <see cref="WorkflowRuntimeFaultTests"/>.</summary>
public sealed class RetryHandlerTests : HandlerTestBase
{
    [Fact]
    public async Task Retry_ByStaff_IsForbidden_OfAHealthyApplication_IsAConflict_OfAnUnknownOne_IsNotFound()
    {
        var submitted = await SubmitAsync();

        var forbidden = await Assert.ThrowsAsync<CommandException>(() => Engine.Retry.HandleAsync(submitted.Id, Reviewer, CancellationToken.None));
        var conflict = await Assert.ThrowsAsync<CommandException>(() => Engine.Retry.HandleAsync(submitted.Id, Admin, CancellationToken.None));
        var notFound = await Assert.ThrowsAsync<CommandException>(() => Engine.Retry.HandleAsync(Guid.NewGuid(), Admin, CancellationToken.None));

        Assert.Equal(CommandErrorKind.Forbidden, forbidden.Kind);
        Assert.Equal(CommandErrorKind.Conflict, conflict.Kind);
        Assert.Equal(CommandErrorKind.NotFound, notFound.Kind);
        Assert.DoesNotContain(AuditEvents.Retried, await EventsAsync(submitted.Id));
    }
}
