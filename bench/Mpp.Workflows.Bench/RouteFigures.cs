namespace Mpp.Workflows.Bench;

/// <summary>One route's requests in the measured window: how many, and their p50/p99/max in milliseconds (nearest rank).</summary>
internal sealed record RouteFigures(string Route, int Count, double P50, double P99, double Max)
{
    public static RouteFigures Of(string route, double[] milliseconds)
    {
        Array.Sort(milliseconds);
        return new RouteFigures(route, milliseconds.Length, Rank(milliseconds, 0.50), Rank(milliseconds, 0.99), milliseconds[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
