using Mpp.Workflows.Designer.Definitions;

namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// The named test runs kept in a definition document under <c>studio.testRuns</c>: a section only the studio reads, so they
/// travel with the draft (and its published copy) on either store without a table of their own.
/// </summary>
public static class StudioTestRuns
{
    public const string Section = TestRunPrivacy.Section;
    public const string Runs = TestRunPrivacy.Runs;

    /// <summary>Longest name of a saved run.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Most runs one route keeps.</summary>
    public const int MaxRuns = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The saved runs of <paramref name="document"/>, in the order they were saved; unreadable entries are skipped.</summary>
    public static IReadOnlyList<SavedTestRun> Read(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document[Section] is not JsonObject studio || studio[Runs] is not JsonArray runs)
        {
            return [];
        }

        var list = new List<SavedTestRun>();
        foreach (var node in runs)
        {
            try
            {
                if (node?.Deserialize<SavedTestRun>(Json) is { Name.Length: > 0, Data: not null, Choices: not null, Path: not null } run)
                {
                    list.Add(run);
                }
            }
            catch (JsonException)
            {
                // Not a saved run (edited by hand): the studio ignores it rather than fail the route.
            }
        }

        return list;
    }

    /// <summary>Replaces (same name, ignoring case) or adds <paramref name="run"/>.</summary>
    public static void Save(JsonObject document, SavedTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runs = Read(document).Where(r => !SameName(r.Name, run.Name)).Append(run).ToList();
        Write(document, runs);
    }

    /// <summary>Removes the run named <paramref name="name"/>; false when there is none.</summary>
    public static bool Delete(JsonObject document, string name)
    {
        var runs = Read(document).ToList();
        if (runs.RemoveAll(r => SameName(r.Name, name)) == 0)
        {
            return false;
        }

        Write(document, runs);
        return true;
    }

    public static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Write(JsonObject document, IReadOnlyList<SavedTestRun> runs)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document[Section] is not JsonObject studio)
        {
            document[Section] = studio = [];
        }

        studio[Runs] = JsonSerializer.SerializeToNode(runs, Json);
    }
}
