
namespace Mpp.Workflows.Engine.Reading;

/// <summary>The offices tasks can be assigned to (the designer's office picker, definition checks).</summary>
public interface IOfficeReader
{
    Task<IReadOnlyList<OfficeRecord>> ListAsync(CancellationToken cancellationToken);
}
