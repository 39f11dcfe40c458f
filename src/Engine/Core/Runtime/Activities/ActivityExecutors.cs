using Mpp.Workflows.Definitions.Catalog;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// The executors by activity type. Built from every executor and checked against the catalog: a catalog type without an
/// executor, an executor without a catalog type, two executors for one type, or two hooks for one timer kind fail at start-up.
/// </summary>
public sealed class ActivityExecutors
{
    private readonly Dictionary<string, IActivityExecutor> _byType;
    private readonly Dictionary<string, ITimerHook> _byTimerKind;

    public ActivityExecutors(IEnumerable<IActivityExecutor> executors, ActivityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(executors);
        ArgumentNullException.ThrowIfNull(catalog);
        _byType = new(StringComparer.OrdinalIgnoreCase);
        foreach (var executor in executors)
        {
            if (!_byType.TryAdd(executor.Type, executor))
            {
                throw new InvalidOperationException($"Two executors for activity type '{executor.Type}'.");
            }
        }

        var missing = catalog.Descriptors.Select(d => d.Type).Where(t => !_byType.ContainsKey(t)).ToList();
        var unknown = _byType.Keys.Where(t => catalog.Find(t) is null).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Activity executors do not match the catalog: no executor for [{string.Join(", ", missing)}], "
                + $"no descriptor for [{string.Join(", ", unknown)}].");
        }

        _byTimerKind = new(StringComparer.Ordinal);
        foreach (var hook in _byType.Values.OfType<ITimerHook>())
        {
            foreach (var kind in hook.TimerKinds)
            {
                if (!_byTimerKind.TryAdd(kind, hook))
                {
                    throw new InvalidOperationException($"Two executors handle timers of kind '{kind}'.");
                }
            }
        }
    }

    /// <summary>Every executor of this assembly (a new activity type needs only its class), matching <see cref="ActivityCatalog.Default"/>.</summary>
    public static IReadOnlyList<IActivityExecutor> All { get; } =
    [
        .. typeof(IActivityExecutor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivityExecutor).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IActivityExecutor)Activator.CreateInstance(t)!),
    ];

    /// <summary>The shipped executors for the default catalog.</summary>
    public static ActivityExecutors Default { get; } = new(All, ActivityCatalog.Default);

    /// <summary>The executor of <paramref name="type"/>, or null for a type the engine does not know.</summary>
    public IActivityExecutor? Find(string type) => _byType.GetValueOrDefault(type);

    /// <summary>The executor whose activity created timers of <paramref name="timerKind"/>, if any.</summary>
    public ITimerHook? TimerHookFor(string timerKind) => _byTimerKind.GetValueOrDefault(timerKind);
}
