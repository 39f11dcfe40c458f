using Mpp.Workflows.Definitions.Validation;

namespace Mpp.Workflows.Definitions.Catalog.Activities;

/// <summary><c>Elsa.Delay</c>: a durable timer; the flow continues through <c>Done</c> once the time has passed.</summary>
public sealed class DelayActivity() : ActivityType(ActivityTypes.Delay)
{
    protected override void ValidateInputs(ActivityNode node, string path, ValidationContext context)
    {
        if (InputChecks.SkipValueCheck(node, "timeSpan"))
        {
            return;
        }

        var text = node.GetLiteralString("timeSpan");
        if (!TryParse(text, out var delay))
        {
            context.Add(InputChecks.PathOf(path, "timeSpan"),
                $"'timeSpan' must be written d.hh:mm:ss or hh:mm:ss (e.g. 3.00:00:00), not '{text ?? "a list or object"}'.");
        }
        else if (delay < TimeSpan.Zero)
        {
            context.Add(InputChecks.PathOf(path, "timeSpan"), $"'timeSpan' must not be negative ({text}).");
        }
    }

    /// <summary>The delay; null when absent, unreadable or negative.</summary>
    public static TimeSpan? ReadTimeSpan(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return TryParse(node.GetLiteralString("timeSpan"), out var delay) && delay >= TimeSpan.Zero ? delay : null;
    }

    private static bool TryParse(string? text, out TimeSpan delay)
    {
        delay = default;
        return text is not null && TimeSpan.TryParseExact(text.Trim(), "c", CultureInfo.InvariantCulture, out delay);
    }
}
