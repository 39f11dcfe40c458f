using MudBlazor;

namespace Mpp.Workflows.Designer.Components.Performance;

/// <summary>
/// The count axis of the board's bar chart: whole-number ticks (1, 2 or 5 times a power of ten) with at most
/// <see cref="MaxTicks"/> of them, ending one tick above the largest count, so one file draws a bar half the chart high
/// rather than a sliver under the charting library's default axis of 0–20.
/// </summary>
internal static class ChartScale
{
    public const int MaxTicks = 5;

    public static BarChartOptions For(double largest)
    {
        var step = Step(largest);
        var top = (Math.Floor(Math.Max(largest, 0) / step) + 1) * step;
        return new BarChartOptions { YAxisTicks = step, YAxisSuggestedMax = top };
    }

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50, … that splits <paramref name="largest"/> into at most <see cref="MaxTicks"/> ticks.</summary>
    public static int Step(double largest)
    {
        var step = 1;
        for (var i = 0; largest / step > MaxTicks; i++)
        {
            step = i % 3 == 1 ? step / 2 * 5 : step * 2;
        }

        return step;
    }
}
