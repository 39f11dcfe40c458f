
namespace Mpp.Workflows.Designer.Components.Shared;

/// <summary>
/// What a route calls its own things, for pages that would otherwise show a key: an activity's name for its id
/// (<c>check-completeness</c> → "Pemeriksaan kelengkapan berkas") and a field's label for its key, from the
/// applicant's form and from every human task's form (<c>tanggalKunjungan</c> → "Tanggal kunjungan lapangan").
/// A key the route does not name is written out as words, never shown raw.
/// </summary>
internal sealed class RouteLabels
{
    private readonly Dictionary<string, string> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public RouteLabels(WorkflowDefinition? definition)
    {
        if (definition is null)
        {
            return;
        }

        foreach (var input in definition.Inputs)
        {
            _fields.TryAdd(input.Name, input.DisplayName);
        }

        foreach (var activity in definition.Root.Activities)
        {
            if (!string.IsNullOrWhiteSpace(activity.Name))
            {
                _activities[activity.Id] = activity.Name;
            }

            if (activity.GetObject("form") is JsonArray form)
            {
                foreach (var field in form.OfType<JsonObject>())
                {
                    if (field["name"]?.GetValueKind() == JsonValueKind.String && field["displayName"]?.GetValueKind() == JsonValueKind.String)
                    {
                        _fields.TryAdd(field["name"]!.GetValue<string>(), field["displayName"]!.GetValue<string>());
                    }
                }
            }
        }
    }

    /// <summary>The activity's name; empty for none.</summary>
    public string Activity(string? activityId) =>
        activityId is null ? string.Empty : _activities.TryGetValue(activityId, out var name) ? name : Glossary.Words(activityId);

    /// <summary>The activity's name as the route gives it; null for none (an unnamed step, or one of another version).</summary>
    public string? NamedActivity(string? activityId) =>
        activityId is not null && _activities.TryGetValue(activityId, out var name) ? name : null;

    /// <summary>The field's label.</summary>
    public string Field(string key) => _fields.TryGetValue(key, out var label) ? label : Glossary.Words(key);
}
