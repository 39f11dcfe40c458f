namespace Mpp.Workflows.Bench;

/// <summary>What clients sent through a <see cref="WireCounter"/>.</summary>
internal readonly record struct WireCounts(long RoundTrips, long Statements, long Parses)
{
    public static WireCounts operator -(WireCounts a, WireCounts b) =>
        new(a.RoundTrips - b.RoundTrips, a.Statements - b.Statements, a.Parses - b.Parses);
}
