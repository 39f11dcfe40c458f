namespace Mpp.Workflows.Designer.Components.Flow;

/// <summary>A refused command's errors as the studio lists them, one line per message.</summary>
internal static class CommandErrorLines
{
    public static IEnumerable<string> ErrorLines(this CommandException e) =>
        (e.Errors ?? new Dictionary<string, string[]>()).SelectMany(p => p.Value.Select(m => $"{p.Key}: {m}"));
}
