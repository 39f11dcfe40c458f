namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// An activity that a draft adds, removes or changes against the published version. <see cref="Properties"/> names what
/// changed (<c>type</c>, <c>name</c> or an input such as <c>outcomes</c>); it is empty for added and removed activities.
/// <see cref="Values"/> gives the old and new value of those that are a short single value (a number of days, an office),
/// so the analyst sees what a change does before publishing it.
/// </summary>
/// <example><c>new ActivityDifference("verify", "Mpp.HumanTask", "Verifikasi", ["outcomes", "slaDays"])</c></example>
public sealed record ActivityDifference(
    string Id, string Type, string Name, IReadOnlyList<string> Properties, IReadOnlyDictionary<string, ValueChange>? Values = null);
