namespace Mpp.Workflows.Engine.Reading;

/// <summary>What the performance board (<c>/kinerja</c>, <c>/api/performance</c>) reads: recorded facts, never a file's documents.</summary>
public interface IPerformanceReader
{
    Task<PerformanceFacts> ReadAsync(PerformanceQuery query, CancellationToken cancellationToken);
}
