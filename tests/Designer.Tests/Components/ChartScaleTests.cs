using Mpp.Workflows.Designer.Components.Performance;

namespace Mpp.Workflows.Designer.Tests.Components;

/// <summary>
/// The board's count axis follows the data: one file is a bar half the chart high, not a sliver under a 0–20 axis; ticks are
/// whole numbers, at most five of them below the top.
/// </summary>
public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(4, 1, 5)]
    [InlineData(5, 1, 6)]
    [InlineData(7, 2, 8)]
    [InlineData(12, 5, 15)]
    [InlineData(23, 5, 25)]
    [InlineData(48, 10, 50)]
    [InlineData(180, 50, 200)]
    public void BarChartAxis_EndsOneWholeTickAboveTheLargestCount(double largest, int step, int top)
    {
        var options = ChartScale.For(largest);

        Assert.Equal(step, options.YAxisTicks);
        Assert.Equal(top, options.YAxisSuggestedMax);
        Assert.True(top / step <= ChartScale.MaxTicks + 1);
    }
}
