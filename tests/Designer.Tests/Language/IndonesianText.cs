using System.Reflection;
using System.Text.RegularExpressions;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Language;

/// <summary>
/// What must never reach a person reading the Indonesian UI or a mail: the engine's codes (audit event names, statuses,
/// results, task and outbox states, document kinds, role codes, activity types), English words of the UI, the shipped
/// routes' activity ids and camelCase field keys, GUIDs and untranslated resource keys. The list is kept here, built from
/// the engine's own constants where it can be, so a new event or role is checked without editing the test.
/// </summary>
internal static partial class IndonesianText
{
    /// <summary>English words once seen on the pages, and the English of the UI's own strings; matched as whole words, case-sensitive.</summary>
    private static readonly string[] EnglishWords =
    [
        "Approved", "Rejected", "Receipt", "Permit", "Rejection", "Submitted", "Completed", "Pending", "Failed", "Cancelled",
        "Running", "Paused", "Stopped", "Expired", "Withdrawn", "Done", "True", "False", "applicant", "system", "draft",
        "Undo", "Redo", "Fit", "Loading", "belongs", "another office", "not found", "is required", "Save", "Delete", "Cancel",
        "Sign in", "Sign out", "Inbox", "History", "Documents", "Application", "Service", "Outcome", "Comment",
    ];

    private static readonly Lazy<IReadOnlyList<(string Term, Regex Pattern)>> Terms = new(Build);

    /// <summary>Every forbidden term found in <paramref name="text"/> (empty when it reads Indonesian).</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Terms.Value.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Term).ToList();
        found.AddRange(Guid().Matches(text).Select(m => "GUID " + m.Value));
        found.AddRange(ResourceKey().Matches(text).Select(m => "resource key " + m.Value));
        return found;
    }

    private static List<(string, Regex)> Build()
    {
        var codes = new List<string>();
        foreach (var type in new[]
                 {
                     typeof(AuditEvents), typeof(ApplicationStatuses), typeof(ApplicationResults), typeof(TaskStates), typeof(OutboxStatuses),
                     typeof(OutboxKinds), typeof(OutboxMailTemplates), typeof(DocumentKinds), typeof(StaffRoles), typeof(ClockKinds),
                     typeof(ActivityTypes),
                 })
        {
            codes.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!));
        }

        // The shipped routes' activity ids (kebab-case) and camelCase field keys of forms and task forms.
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Workflows, "*.json"))
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject route || route["root"]?["activities"] is not JsonArray activities)
            {
                continue;
            }

            codes.AddRange(activities.Select(a => (string?)a!["id"]).OfType<string>().Where(id => id.Contains('-', StringComparison.Ordinal)));
            var fields = route["inputs"]?.AsArray().Select(i => (string?)i!["name"]) ?? [];
            var taskFields = activities.SelectMany(a => a!["form"]?["expression"]?["value"] as JsonArray ?? []).Select(f => (string?)f!["name"]);
            codes.AddRange(fields.Concat(taskFields).OfType<string>().Where(name => name.Any(char.IsUpper)));
        }

        // "Admin" and "Head" are role codes, but also parts of words people read ("Administrasi"): whole words only, as all.
        return [.. codes.Concat(EnglishWords).Distinct(StringComparer.Ordinal)
            .Select(term => (term, new Regex($@"(?<![\w.-]){Regex.Escape(term)}(?![\w-])", RegexOptions.CultureInvariant)))];
    }

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\bTexts\.\w+|@Texts\b|\{[0-9]\}")]
    private static partial Regex ResourceKey();
}
