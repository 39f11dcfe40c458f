using Mpp.Workflows.Definitions.Catalog.Activities;

namespace Mpp.Workflows.Definitions.Catalog;

/// <summary>
/// The activity types the engine can run, looked up by type name (case-insensitive). The designer's palette and the
/// validator both read from here, so a type is either fully supported or unknown.
/// </summary>
/// <example><c>ActivityCatalog.Default.Find("Mpp.HumanTask")?.Descriptor.DisplayName</c> is <c>"Tugas petugas"</c>.</example>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, IActivityType> _types;

    public ActivityCatalog(IEnumerable<IActivityType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        _types = Types.ToDictionary(type => type.Descriptor.Type, StringComparer.OrdinalIgnoreCase);
        Descriptors = [.. Types.Select(type => type.Descriptor)];
    }

    /// <summary>The v1 catalog.</summary>
    public static ActivityCatalog Default { get; } = new(
    [
        new ActivityType(ActivityTypes.Start),
        new HumanTaskActivity(),
        new ApplicantRevisionActivity(),
        new FlowDecisionActivity(),
        new FlowSwitchActivity(),
        new FlowForkActivity(),
        new FlowJoinActivity(),
        new IssueDocumentActivity(),
        new SendEmailActivity(),
        new DelayActivity(),
        new EndActivity(),
    ]);

    /// <summary>The types in palette order.</summary>
    public IReadOnlyList<IActivityType> Types { get; }

    /// <summary>The descriptors in palette order.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors { get; }

    /// <summary>The type named <paramref name="type"/>, or null when the catalog has no such type.</summary>
    public IActivityType? Find(string type) => _types.GetValueOrDefault(type);
}
