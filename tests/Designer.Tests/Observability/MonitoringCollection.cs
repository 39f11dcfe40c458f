namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>
/// Hosts whose metrics are scraped run alone. A process's meters are shared by every host in it: a host scraped at the same
/// time as another would also report the other's store, and ASP.NET Core's request metrics (a meter per host, under one
/// name) lose their series in every host's exporter when another host stops.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MonitoringCollection
{
    public const string Name = "Monitoring";
}
