using Mpp.Workflows.Definitions.Validation;
using Mpp.Workflows.Engine.Documents;

namespace Mpp.Workflows.Designer.Definitions;

/// <summary>
/// Saves drafts and publishes them, for the API and for start-up seeding alike. A published version is never edited: the
/// next draft becomes a new version, so running applications keep the version they started on.
/// </summary>
internal sealed class DefinitionEditor(IWorkflowStore store, DefinitionChecker checker, PermitTemplateCatalog permitTemplates, TimeProvider time)
{
    /// <summary>The largest draft (its JSON in UTF-8): the most a request body carries, so every draft can be saved back whole.</summary>
    public const int MaxDraftBytes = (int)RequestLimits.MaxBodyBytes;

    /// <summary>
    /// Saves <paramref name="document"/> as the draft of <paramref name="definitionId"/>, valid or not. Refused (400) only
    /// when the document is not shaped like a definition at all, when a new route's id breaks the rule of new routes
    /// (<see cref="RouteLifecycle.IdRefusal"/>), or when a name people read hides characters (<see cref="DraftNames"/>).
    /// Saved test runs in it are kept free of personal data (<see cref="TestRunPrivacy"/>), however the document came, and
    /// merged into the stored ones (<see cref="SavedRunsMerge"/>): the test-run endpoints own them.
    /// </summary>
    public async Task<DraftSaved> SaveDraftAsync(string definitionId, JsonObject document, CancellationToken cancellationToken)
    {
        var latest = await store.GetDefinitionAsync(definitionId, VersionSelector.Latest, cancellationToken);
        if (latest is null && RouteLifecycle.IdRefusal(definitionId) is { } idRefusal)
        {
            throw new CommandException(CommandErrorKind.Invalid, Texts.NewRouteRefused, idRefusal,
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["definitionId"] = [idRefusal] });
        }

        var version = latest switch
        {
            null => 1,
            { IsPublished: true } or { PublishedAt: not null } => latest.Version + 1,
            _ => latest.Version,
        };

        // The identity and version flags are the store's to set, so the draft is checked with them: a draft that leaves
        // them out (a one-step sketch) is not told that its version id is missing.
        var flagged = DefinitionDocuments.WithFlags(document, definitionId, version, isLatest: true, isPublished: false);
        var check = await checker.CheckAsync(flagged, cancellationToken);
        if (check.Definition is not { } definition)
        {
            throw new CommandException(CommandErrorKind.Invalid, "Not a workflow definition", "See errors for each path.", check.ErrorMap());
        }

        if (DraftNames.Refusals(definition) is { Count: > 0 } names)
        {
            throw new CommandException(CommandErrorKind.Invalid, Texts.DraftNamesRefused, string.Join(" ", names.Values.SelectMany(m => m)), names);
        }

        // The client's runs are refused here when too large, before the store is locked; the stored runs are merged in under
        // the lock (SavedRunsMerge), so a run saved while the client edited is not lost.
        TestRunPrivacy.SanitiseSavedRuns(flagged, definition.Inputs);
        var saved = await store.SaveDraftAsync(
            definitionId,
            definition.Name,
            stored =>
            {
                var document = (JsonObject)flagged.DeepClone();
                if (stored is not null && JsonNode.Parse(stored.Json) is JsonObject current)
                {
                    SavedRunsMerge.Into(document, current);
                    SavedRunsMerge.FollowRenames(document, DefinitionComparison.Compare(current, flagged).Renamed);
                    TestRunPrivacy.SanitiseSavedRuns(document, definition.Inputs);
                }

                return WithinLimit(document.ToJsonString());
            },
            time.GetUtcNow(),
            cancellationToken);
        return new DraftSaved(definitionId, saved.Version, check.Errors.Count == 0, check.Errors);
    }

    /// <summary>
    /// Changes the stored draft of <paramref name="definitionId"/> in place (the studio's own sections, such as saved test
    /// runs), with the draft locked from read to write so concurrent changes queue instead of overwriting each other. The
    /// changed draft keeps <see cref="MaxDraftBytes"/> (422). Null when the route has no draft (its latest version is published).
    /// </summary>
    public Task<DefinitionRecord?> ChangeDraftAsync(string definitionId, Action<JsonObject> change, CancellationToken cancellationToken) =>
        store.UpdateDraftAsync(
            definitionId,
            draft =>
            {
                var document = (JsonObject)JsonNode.Parse(draft.Json)!;
                change(document);
                return WithinLimit(document.ToJsonString());
            },
            cancellationToken);

    private static string WithinLimit(string json) =>
        Encoding.UTF8.GetByteCount(json) > MaxDraftBytes
            ? throw new CommandException(CommandErrorKind.Unprocessable, Texts.DraftTooLarge(MaxDraftBytes / 1024))
            : json;

    /// <summary>How often publishing checks the draft again when it changed between the check and the publish (each change of a burst of saves can cost one).</summary>
    public const int PublishAttempts = 20;

    /// <summary>
    /// Publishes the latest version (already published: nothing to do). Invalid: 422 with the validator's errors. A route
    /// that could approve an application whose permit cannot be produced (an <c>Mpp.IssueDocument</c> of a permit without a
    /// readable permit template for the route) is refused the same way, in words an analyst can act on. What is published is
    /// what was checked: the store publishes only while the draft is still the one read (<see cref="IWorkflowStore.PublishLatestAsync"/>);
    /// a draft saved in between is checked again, so a save answered 200 is in the published version or the next draft.
    /// </summary>
    public async Task<DefinitionPublished> PublishLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < PublishAttempts; attempt++)
        {
            var latest = await store.GetDefinitionAsync(definitionId, VersionSelector.Latest, cancellationToken)
                ?? throw new CommandException(CommandErrorKind.NotFound, $"Definition '{ApplicationDataValidator.Printable(definitionId)}' not found");
            if (latest.IsPublished)
            {
                return new DefinitionPublished(definitionId, latest.Version);
            }

            var json = await PublishableAsync(definitionId, latest, cancellationToken);
            var published = await store.PublishLatestAsync(
                definitionId,
                locked => locked.Version == latest.Version && !locked.IsPublished && locked.PublishedAt == latest.PublishedAt
                    && string.Equals(locked.Json, latest.Json, StringComparison.Ordinal) ? json : null,
                time.GetUtcNow(),
                cancellationToken);
            if (published is not null)
            {
                return new DefinitionPublished(definitionId, published.Version);
            }
        }

        throw new CommandException(CommandErrorKind.Conflict, Texts.PublishDraftChanged, Texts.PublishDraftChangedDetail);
    }

    /// <summary>The document <paramref name="latest"/> is published as; 422 when it may not be.</summary>
    private async Task<string> PublishableAsync(string definitionId, DefinitionRecord latest, CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(latest.Json) as JsonObject;
        var check = await checker.CheckAsync(document, cancellationToken);

        // A permit that cannot be drawn is refused below in the words the publish refusal has always used.
        if (check.Definition is null || check.Errors.Any(e => e.Code != ValidationCodes.PermitTemplateMissing))
        {
            throw new CommandException(
                CommandErrorKind.Unprocessable,
                "The definition is not valid",
                $"Version {latest.Version} of '{ApplicationDataValidator.Printable(definitionId)}' cannot be published until these errors are fixed.",
                check.ErrorMap());
        }

        if (UnproducibleDocuments(check) is { Count: > 0 } unproducible)
        {
            throw new CommandException(
                CommandErrorKind.Unprocessable,
                Texts.PublishRefusedTitle,
                string.Join(" ", unproducible.Values.SelectMany(m => m)),
                unproducible);
        }

        // A draft saved before its runs were sanitised is not frozen into a published version with them.
        TestRunPrivacy.SanitiseSavedRuns(document!, check.Definition!.Inputs);
        return DefinitionDocuments.WithFlags(document!, definitionId, latest.Version, isLatest: true, isPublished: true).ToJsonString();
    }

    /// <summary>
    /// The permit steps whose permit could not be drawn (<see cref="DefinitionChecker"/>), by JSON path, each in words an
    /// analyst or the administrator who adds the template can act on.
    /// </summary>
    private Dictionary<string, string[]> UnproducibleDocuments(DefinitionCheck check)
    {
        var definition = check.Definition!;
        return check.Errors
            .Where(e => e.Code == ValidationCodes.PermitTemplateMissing)
            .ToDictionary(e => e.Path, e =>
            {
                var activity = definition.Root.Find(e.ActivityId ?? string.Empty);
                return new[]
                {
                    e.Arguments is [DefinitionChecker.PermitMissing, ..]
                        ? Texts.NoPermitTemplate(activity?.Name ?? e.ActivityId ?? string.Empty, definition.Name, permitTemplates.PathOf(definition.DefinitionId))
                        : definition.Options.Permit is null
                            ? Texts.BrokenPermitTemplate(definition.Name, e.Arguments.Count > 1 ? e.Arguments[1] : e.Message)
                            : Texts.IncompleteRoutePermit(definition.Name),
                };
            }, StringComparer.Ordinal);
    }
}
