
namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// The body of <c>POST /api/definitions/{id}/migrations[/preview]</c>: the versions, the steps chosen by hand (old step id →
/// new step id, or null for none) and, for the migration, the files to move with the revision their preview showed (absent:
/// every file that can move), or instead the preview's <c>plan</c> to move exactly the files it counted (for a caller who may
/// not see which files they are).
/// </summary>
internal sealed record MigrationRequest(
    int? FromVersion,
    int? ToVersion,
    Dictionary<string, string?>? Mapping,
    List<MigrationFile>? Files,
    string? Plan = null);
