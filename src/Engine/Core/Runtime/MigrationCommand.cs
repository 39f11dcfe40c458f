namespace Mpp.Workflows.Engine.Runtime;

/// <summary>
/// Moves running files of <see cref="DefinitionId"/> from version <see cref="FromVersion"/> to the newer, published
/// <see cref="ToVersion"/>. <see cref="Mapping"/> names, by id, the step of the new version an old step becomes (a renamed
/// step), or null for none (a removed step); a step it does not name keeps its id when the new version has a step of that id
/// and kind. <see cref="Files"/> are the files to move, each with the revision its preview showed: a file that changed since
/// is refused, not moved on an outdated plan. Null moves every file that can move.
/// </summary>
/// <example><c>new MigrationCommand("sip-dokter", 1, 2, new Dictionary&lt;string, string?&gt; { ["sign-permit"] = "tandatangan-izin" }, null)</c></example>
public sealed record MigrationCommand(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string?>? Mapping,
    IReadOnlyList<MigrationFile>? Files = null);
