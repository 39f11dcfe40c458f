using System.Security.Cryptography;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// A migration as the person asking may see it, for the API and the studio alike. Everyone who may migrate sees how many
/// files move from which step to which and how many cannot move and why; which files they are (registration number,
/// applicant) only those who may read the files elsewhere see: admins all, staff those their office has or had a task in
/// (<see cref="WorkflowRuntime.CanSeeApplicationAsync"/>); an analyst of no office none. The preview's
/// <see cref="MigrationPreviewView.Plan"/> stands for every file and its revision, so a migration sent with it moves exactly
/// what was previewed — without the caller knowing which files those are.
/// </summary>
internal sealed class MigrationDisclosure(WorkflowRuntime runtime)
{
    /// <summary>The preview of <paramref name="command"/> as <paramref name="actor"/> may see it.</summary>
    public async Task<MigrationPreviewView> PreviewAsync(MigrationCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var preview = await runtime.PreviewMigrationAsync(command with { Files = null }, actor, cancellationToken);
        var visible = await VisibleAsync(preview.Files.Select(f => f.Id), actor, cancellationToken);
        return MigrationPreviewView.Of(preview, visible.Contains);
    }

    /// <summary>
    /// Runs the migration. With <paramref name="plan"/> (and no files named), the preview is made again and must have the same
    /// plan — else 409, nothing moved — and exactly its files are migrated: those that can move move (each refused if it
    /// changed since), the others are reported with their reason. Files named by id that <paramref name="actor"/> may not read
    /// are reported as unknown ids and not moved.
    /// </summary>
    public async Task<MigrationResultView> MigrateAsync(MigrationCommand command, string? plan, Actor actor, CancellationToken cancellationToken)
    {
        if (plan is not null && command.Files is null)
        {
            var preview = await runtime.PreviewMigrationAsync(command, actor, cancellationToken);
            if (!string.Equals(MigrationPreviewView.PlanOf(preview), plan, StringComparison.Ordinal))
            {
                throw new CommandException(CommandErrorKind.Conflict, Texts.MigrationPlanChanged, Texts.MigrationPlanChangedDetail);
            }

            // Every running file of the preview is named, so those that cannot move are reported with their reason.
            command = command with { Files = [.. preview.Files.Where(f => f.Reason != MigrationReasons.Finished).Select(f => new MigrationFile(f.Id, f.Revision))] };
        }
        else if (command.Files is { } named)
        {
            // Files named by id that the caller may not read are answered exactly as unknown ids and left alone: whether an
            // id is a running file of this route, and its revision, is not theirs to learn (the preview's plan moves them).
            var readable = await VisibleAsync(named.Select(f => f.Id).Distinct(), actor, cancellationToken);
            var unreadable = named.Select(f => f.Id).Distinct().Where(id => !readable.Contains(id)).ToList();
            if (unreadable.Count > 0)
            {
                var migrated = await runtime.MigrateAsync(command with { Files = [.. named.Where(f => readable.Contains(f.Id))] }, actor, cancellationToken);
                return View(
                    migrated with
                    {
                        NotMoved = migrated.NotMoved + unreadable.Count,
                        Files = [.. migrated.Files, .. unreadable.Select(id => new MigrationOutcome(id, null, false, MigrationReasons.Unknown, null, []))],
                    },
                    readable);
            }
        }

        var result = await runtime.MigrateAsync(command, actor, cancellationToken);
        return View(result, await VisibleAsync(result.Files.Select(f => f.Id), actor, cancellationToken));
    }

    private static MigrationResultView View(MigrationResult result, HashSet<Guid> visible)
    {
        var files = result.Files.Where(f => visible.Contains(f.Id)).ToList();
        return new MigrationResultView(
            result.DefinitionId, result.FromVersion, result.ToVersion, result.Moved, result.NotMoved,
            MigrationBlockCount.Of(result.Files.Where(f => !f.Moved).Select(f => (f.Reason, f.ReasonStep))), files, result.Files.Count - files.Count);
    }

    private async Task<HashSet<Guid>> VisibleAsync(IEnumerable<Guid> ids, Actor actor, CancellationToken cancellationToken)
    {
        var visible = new HashSet<Guid>();
        if (!actor.IsAdmin && actor.Office is null)
        {
            return visible; // Someone of no office (an analyst) reads no application.
        }

        foreach (var id in ids)
        {
            if (await runtime.CanSeeApplicationAsync(id, actor, cancellationToken))
            {
                visible.Add(id);
            }
        }

        return visible;
    }
}

/// <summary>
/// A migration preview as its reader may see it: the step mapping, how many files can and cannot move, the moves from step to
/// step and the reasons files cannot move with their counts, the files the reader may read (<see cref="HiddenFiles"/> more are
/// counted but not listed), and the <see cref="Plan"/> to migrate exactly these files with.
/// </summary>
public sealed record MigrationPreviewView(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    IReadOnlyList<MigrationStep> Steps,
    int Movable,
    int Blocked,
    IReadOnlyList<MigrationMoveCount> Moves,
    IReadOnlyList<MigrationBlockCount> BlockedBy,
    IReadOnlyList<MigrationFilePreview> Files,
    int HiddenFiles,
    string Plan)
{
    /// <summary>The view of <paramref name="preview"/> for a reader who may read the files <paramref name="visible"/> says.</summary>
    public static MigrationPreviewView Of(MigrationPreview preview, Func<Guid, bool> visible)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var files = preview.Files.Where(f => visible(f.Id)).ToList();
        var moves = preview.Files.Where(f => f.CanMove)
            .SelectMany(f => f.Moves.Select(m => (m.From, m.To)).DistinctBy(m => (m.From.Id, m.To.Id)))
            .GroupBy(m => (From: m.From.Id, To: m.To.Id))
            .Select(g => new MigrationMoveCount(g.First().From, g.First().To, g.Count()))
            .ToList();
        return new MigrationPreviewView(
            preview.DefinitionId, preview.FromVersion, preview.ToVersion, preview.Steps,
            preview.Files.Count(f => f.CanMove), preview.Files.Count(f => !f.CanMove), moves,
            MigrationBlockCount.Of(preview.Files.Where(f => !f.CanMove).Select(f => (f.Reason, f.ReasonStep))),
            files, preview.Files.Count - files.Count, PlanOf(preview));
    }

    /// <summary>A fingerprint of the versions and every file of the preview, its revision and whether it can move.</summary>
    public static string PlanOf(MigrationPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var text = string.Join('\n', preview.Files.OrderBy(f => f.Id).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Id:N}:{f.Revision}:{f.CanMove}")));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{preview.FromVersion}>{preview.ToVersion}\n{text}")))[..32];
    }
}

/// <summary>How many files would move from step <see cref="From"/> of the old version to <see cref="To"/> of the new one.</summary>
public sealed record MigrationMoveCount(MigrationStepRef From, MigrationStepRef To, int Files);

/// <summary>How many files cannot move (or were not moved) for <see cref="Reason"/> (one of <c>MigrationReasons</c>) at <see cref="Step"/>.</summary>
public sealed record MigrationBlockCount(string Reason, MigrationStepRef? Step, int Files)
{
    /// <summary>The files counted per reason and step, the most frequent first.</summary>
    public static List<MigrationBlockCount> Of(IEnumerable<(string? Reason, MigrationStepRef? Step)> blocked) =>
        [.. blocked.GroupBy(b => (b.Reason, Step: b.Step?.Id))
            .Select(g => new MigrationBlockCount(g.Key.Reason ?? string.Empty, g.First().Step, g.Count()))
            .OrderByDescending(b => b.Files).ThenBy(b => b.Reason, StringComparer.Ordinal)];
}

/// <summary>What a migration did, as its reader may see it: counts and reasons for all files, outcomes of the files they may read.</summary>
public sealed record MigrationResultView(
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    int Moved,
    int NotMoved,
    IReadOnlyList<MigrationBlockCount> NotMovedBy,
    IReadOnlyList<MigrationOutcome> Files,
    int HiddenFiles);
