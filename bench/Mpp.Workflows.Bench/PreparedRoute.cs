namespace Mpp.Workflows.Bench;

/// <summary>A route template made ready for copying: its stages with their events in order, and the stages a running file may be at.</summary>
internal sealed class PreparedRoute
{
    /// <summary>Work between two decisions: log-uniform between these bounds.</summary>
    private static readonly double ShortestWork = Math.Log(TimeSpan.FromMinutes(30).Ticks), LongestWork = Math.Log(TimeSpan.FromDays(4).Ticks);

    public PreparedRoute(RouteTemplate template)
    {
        Template = template;
        Stages = [.. template.Stages.Select(s => new PreparedStage(s))];
        Running = [.. Stages.Where(s => s.Source.Instance.Status != ApplicationStatuses.Completed && s.Source.Tasks.Any(t => t.Status == TaskStates.Open))];
    }

    public RouteTemplate Template { get; }

    public IReadOnlyList<PreparedStage> Stages { get; }

    public IReadOnlyList<PreparedStage> Running { get; }

    /// <summary>Each event's distance from the submission in a new file: the template's spacing, with time worked before every decision.</summary>
    public long[] Offsets(PreparedStage stage, Random random)
    {
        var offsets = new long[stage.Ticks.Length];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = offsets[i - 1] + (stage.Decisions[i]
                ? (long)Math.Exp(ShortestWork + (random.NextDouble() * (LongestWork - ShortestWork)))
                : stage.Ticks[i] - stage.Ticks[i - 1]);
        }

        return offsets;
    }

    /// <summary>Where a template instant falls in the new file, from its submission: after the latest event at or before it.</summary>
    public TimeSpan Map(PreparedStage stage, long[] offsets, DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        var index = Array.BinarySearch(stage.Ticks, ticks);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            while (index + 1 < stage.Ticks.Length && stage.Ticks[index + 1] == ticks)
            {
                index++;
            }
        }

        return index < 0 ? TimeSpan.FromTicks(ticks - stage.Ticks[0]) : TimeSpan.FromTicks(offsets[index] + ticks - stage.Ticks[index]);
    }
}
