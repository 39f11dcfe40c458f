
namespace Mpp.Workflows.Engine.Reading;

/// <summary>
/// An application's stored record (its data, definition version and tracking token hash), for pages and endpoints that have
/// already checked who may see it. Views with tasks and history come from the runtime's queries.
/// </summary>
public interface IApplicationReader
{
    Task<InstanceRecord?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<InstanceRecord?> FindByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken);
}
