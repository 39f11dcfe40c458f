namespace Mpp.Workflows.Engine.Runtime;

/// <summary>What a row of the performance board is: a service (its files) or an office (its steps).</summary>
public enum PerformanceGrouping
{
    Service,
    Office,
}
