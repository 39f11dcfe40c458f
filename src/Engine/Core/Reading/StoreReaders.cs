
namespace Mpp.Workflows.Engine.Reading;

// The read ports over the whole store: each passes straight through, so SQLite and PostgreSQL keep one implementation
// (and one contract test suite) and pages see only what they read.

internal sealed class StoreDefinitionReader(IWorkflowStore store) : IDefinitionReader
{
    public Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken) =>
        store.ListDefinitionsAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(CancellationToken cancellationToken) =>
        (await store.ListPublicServiceNamesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.DefinitionId, s => s.Name, StringComparer.Ordinal);

    public Task<DefinitionRecord?> GetAsync(string definitionId, VersionSelector selector, CancellationToken cancellationToken) =>
        store.GetDefinitionAsync(definitionId, selector, cancellationToken);
}

internal sealed class StoreOfficeReader(IWorkflowStore store) : IOfficeReader
{
    public Task<IReadOnlyList<OfficeRecord>> ListAsync(CancellationToken cancellationToken) => store.ListOfficesAsync(cancellationToken);
}

internal sealed class StoreCalendarReader(IWorkflowStore store) : ICalendarReader
{
    public Task<IReadOnlyList<CalendarRecord>> ListAsync(CancellationToken cancellationToken) => store.ListCalendarsAsync(cancellationToken);

    public Task<CalendarRecord?> GetAsync(int year, CancellationToken cancellationToken) => store.GetCalendarAsync(year, cancellationToken);
}

internal sealed class StoreAccountReader(IWorkflowStore store) : IAccountReader
{
    public Task<UserRecord?> FindAsync(string username, CancellationToken cancellationToken) => store.FindUserAsync(username, cancellationToken);

    public Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken) => store.ListUsersAsync(cancellationToken);
}

internal sealed class StoreApplicationReader(IWorkflowStore store) : IApplicationReader
{
    public Task<InstanceRecord?> GetAsync(Guid id, CancellationToken cancellationToken) => store.GetInstanceAsync(id, cancellationToken);

    public Task<InstanceRecord?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken) =>
        store.FindInstanceByRegistrationNumberAsync(registrationNumber, cancellationToken);
}

internal sealed class StoreApplicationFileReader(IWorkflowStore store) : IApplicationFileReader
{
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        store.ListDocumentsAsync(applicationId, cancellationToken);

    public Task<DocumentRecord?> GetDocumentAsync(Guid id, CancellationToken cancellationToken) => store.GetDocumentAsync(id, cancellationToken);

    public Task<IReadOnlyList<AttachmentSummary>> ListAttachmentsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        store.ListAttachmentsAsync(applicationId, cancellationToken);

    public Task<AttachmentRecord?> GetAttachmentAsync(Guid id, CancellationToken cancellationToken) => store.GetAttachmentAsync(id, cancellationToken);
}

internal sealed class StoreOutboxReader(IWorkflowStore store) : IOutboxReader
{
    public Task<IReadOnlyList<OutboxMessage>> ListAsync(string? status, int limit, CancellationToken cancellationToken) =>
        store.ListOutboxAsync(status, limit, cancellationToken);
}

internal sealed class StorePerformanceReader(IWorkflowStore store) : IPerformanceReader
{
    public Task<PerformanceFacts> ReadAsync(PerformanceQuery query, CancellationToken cancellationToken) =>
        store.ReadPerformanceFactsAsync(query, cancellationToken);
}
