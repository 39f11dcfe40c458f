namespace Mpp.Workflows.Designer.Definitions;

/// <summary>A step renamed between two versions: its id and name before and after, its type unchanged.</summary>
public sealed record RenamedActivity(string OldId, string OldName, string NewId, string NewName, string Type);
