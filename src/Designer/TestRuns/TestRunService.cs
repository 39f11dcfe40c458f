using Mpp.Workflows.Definitions.Catalog.Activities;
using Mpp.Workflows.Designer.Definitions;
using Mpp.Workflows.Engine.Calendar;

namespace Mpp.Workflows.Designer.TestRuns;

/// <summary>
/// Test runs of a route before it is published, for the API and the studio: the form data to run on (given, sample, or a
/// real application's as the caller may read it), the run on the engine's <see cref="TestRunner"/> (nothing is written), and
/// the named runs saved in the draft (<see cref="StudioTestRuns"/>) run again to flag those whose path changed.
/// </summary>
internal sealed class TestRunService(
    IDefinitionReader definitions,
    IApplicationReader applications,
    WorkflowRuntime runtime,
    DefinitionChecker checker,
    DefinitionEditor editor,
    TestRunner runner,
    TimeProvider time)
{
    /// <summary>Most working days one choice may give a step.</summary>
    public const int MaxDays = 365;

    /// <summary>Most choices one run may carry.</summary>
    public const int MaxChoices = 500;

    /// <summary>The first and last years a run may be filed in: the working-day calendars an office keeps lie in between.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The largest form data (JSON in UTF-8) a saved run keeps.</summary>
    public const int MaxDataBytes = TestRunPrivacy.MaxDataBytes;

    /// <summary>Runs the latest version (the draft, or the published version when there is no draft) of a stored route.</summary>
    public async Task<TestRunResponse> RunAsync(string definitionId, TestRunRequest request, Actor actor, CancellationToken cancellationToken) =>
        await RunDocumentAsync(await LatestAsync(definitionId, cancellationToken), request, actor, cancellationToken);

    /// <summary>Runs a route document as the studio holds it (not necessarily saved).</summary>
    public async Task<TestRunResponse> RunDocumentAsync(JsonObject document, TestRunRequest request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = await ReadAsync(document, cancellationToken);
        var choices = Validate(definition, request.Choices ?? []);
        if (request.SubmittedAt is { } filedAt && filedAt.UtcDateTime.Year is < FirstYear or > LastYear)
        {
            throw new CommandException(CommandErrorKind.Invalid, Texts.TestRunInvalid, null,
                new Dictionary<string, string[]> { ["submittedAt"] = [Texts.TestRunSubmittedAtRange(FirstYear, LastYear)] });
        }

        var submittedAt = request.SubmittedAt ?? CalendarSafe(() => runner.DefaultSubmission(time.GetUtcNow()));
        var filed = DateOnly.FromDateTime(submittedAt.Date);
        var copied = request.Data is null && request.RegistrationNumber is not null;
        var data = request.Data is { } given ? (JsonObject)given.DeepClone()
            : request.RegistrationNumber is { } number
                ? await CopyAsync(document, definition.Inputs, number, actor, filed, cancellationToken)
            : SampleFormData.For(definition.Inputs, filed);
        var run = await CalendarSafeAsync(() => runner.RunAsync(definition, new TestRunInput(data, submittedAt, choices), cancellationToken));
        return new TestRunResponse(data, run, copied || request.CopiedFromApplication == true);
    }

    /// <summary>The saved runs of the latest version of a stored route.</summary>
    public async Task<IReadOnlyList<SavedTestRun>> ListAsync(string definitionId, CancellationToken cancellationToken) =>
        StudioTestRuns.Read(await LatestAsync(definitionId, cancellationToken));

    /// <summary>Runs <paramref name="request"/> on <paramref name="document"/> and returns it as a run saved under <paramref name="name"/>.</summary>
    public async Task<(SavedTestRun Saved, TestRunResponse Response)> MakeSavedAsync(
        JsonObject document, string name, TestRunRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var trimmed = ValidName(name);
        var response = await RunDocumentAsync(document, request, actor, cancellationToken);

        // What is saved travels with the route to every analyst: personal values become sample values, and the run is
        // made on what is saved so that a rerun compares like with like. Data too large to keep is refused before the
        // privacy patterns look at it.
        TestRunPrivacy.RefuseOversized(response.Data);
        var clean = TestRunPrivacy.Sanitise((await ReadAsync(document, cancellationToken)).Inputs, response.Data);
        if (!JsonNode.DeepEquals(clean, response.Data))
        {
            var cleaned = request with { Data = clean, RegistrationNumber = null, CopiedFromApplication = response.CopiedFromApplication };
            response = await RunDocumentAsync(document, cleaned, actor, cancellationToken);
        }

        var run = response.Run;
        var choices = request.Choices ?? [];
        var saved = new SavedTestRun(
            trimmed, response.Data, run.SubmittedAt, [.. choices], run.Path, run.TotalWorkingDays, run.Result, time.GetUtcNow(), response.CopiedFromApplication);
        TestRunPrivacy.RefuseOversized(response.Data);
        RefuseBeyondMaxRuns(document, trimmed);
        return (saved, response);
    }

    /// <summary>
    /// Saves a named run in the draft of a stored route; 409 when the route has no draft (its latest version is published) or
    /// its steps changed while the run was made. Concurrent saves of runs queue on the draft (<see cref="DefinitionEditor.ChangeDraftAsync"/>),
    /// so every one of them is kept.
    /// </summary>
    public async Task<SavedTestRun> SaveAsync(string definitionId, string name, TestRunRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var document = await DraftAsync(definitionId, cancellationToken);
        var (saved, _) = await MakeSavedAsync(document, name, request, actor, cancellationToken);
        await ChangeDraftAsync(definitionId, draft =>
        {
            if (!JsonNode.DeepEquals(WithoutStudio(draft), WithoutStudio(document)))
            {
                throw new CommandException(CommandErrorKind.Conflict, Texts.TestRunRouteChanged, Texts.TestRunRouteChangedDetail);
            }

            RefuseBeyondMaxRuns(draft, saved.Name);
            StudioTestRuns.Save(draft, saved);
        }, cancellationToken);
        return saved;
    }

    /// <summary>Deletes a named run from the draft of a stored route; 404 when there is no run of that name.</summary>
    public async Task DeleteAsync(string definitionId, string name, CancellationToken cancellationToken) =>
        await ChangeDraftAsync(definitionId, draft =>
        {
            if (!StudioTestRuns.Delete(draft, name))
            {
                throw new CommandException(CommandErrorKind.NotFound, Texts.TestRunNotFound(ApplicationDataValidator.Printable(name)));
            }
        }, cancellationToken);

    private async Task ChangeDraftAsync(string definitionId, Action<JsonObject> change, CancellationToken cancellationToken)
    {
        if (await editor.ChangeDraftAsync(definitionId, change, cancellationToken) is null)
        {
            await DraftAsync(definitionId, cancellationToken);

            // Published between the read and the change.
            throw new CommandException(CommandErrorKind.Conflict, Texts.TestRunNeedsDraft, Texts.TestRunNeedsDraftDetail);
        }
    }

    private static void RefuseBeyondMaxRuns(JsonObject document, string name)
    {
        var runs = StudioTestRuns.Read(document);
        if (!runs.Any(r => StudioTestRuns.SameName(r.Name, name)) && runs.Count >= StudioTestRuns.MaxRuns)
        {
            throw new CommandException(CommandErrorKind.Unprocessable, Texts.TestRunTooMany(StudioTestRuns.MaxRuns));
        }
    }

    private static JsonObject WithoutStudio(JsonObject document)
    {
        var copy = (JsonObject)document.DeepClone();
        copy.Remove(StudioTestRuns.Section);
        return copy;
    }

    /// <summary>Runs every saved run of the latest version of a stored route again.</summary>
    public async Task<IReadOnlyList<TestRunReplay>> RerunAsync(string definitionId, Actor actor, CancellationToken cancellationToken) =>
        await RerunDocumentAsync(await LatestAsync(definitionId, cancellationToken), actor, cancellationToken);

    /// <summary>
    /// Runs every saved run of <paramref name="document"/> again on its data, filing date and choices; a run whose path
    /// (steps, outcomes, result) or working days differ from when it was saved is flagged. Choices the route no longer
    /// offers do not fail the rerun: the run stops where they were needed, and is flagged.
    /// </summary>
    public async Task<IReadOnlyList<TestRunReplay>> RerunDocumentAsync(JsonObject document, Actor actor, CancellationToken cancellationToken)
    {
        var definition = await ReadAsync(document, cancellationToken);
        var replays = new List<TestRunReplay>();
        foreach (var saved in StudioTestRuns.Read(document))
        {
            var run = await CalendarSafeAsync(() => runner.RunAsync(definition, new TestRunInput(saved.Data, saved.SubmittedAt, saved.Choices), cancellationToken));
            var changed = !run.Path.SequenceEqual(saved.Path, StringComparer.Ordinal) || run.TotalWorkingDays != saved.TotalWorkingDays;
            replays.Add(new TestRunReplay(saved, run, changed));
        }

        return replays;
    }

    private async Task<JsonObject> LatestAsync(string definitionId, CancellationToken cancellationToken) =>
        await definitions.GetAsync(definitionId, VersionSelector.Latest, cancellationToken) is { } record && JsonNode.Parse(record.Json) is JsonObject document
            ? document
            : throw new CommandException(CommandErrorKind.NotFound, Texts.TestRunNoRoute(ApplicationDataValidator.Printable(definitionId)));

    private async Task<JsonObject> DraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        var record = await definitions.GetAsync(definitionId, VersionSelector.Latest, cancellationToken)
            ?? throw new CommandException(CommandErrorKind.NotFound, Texts.TestRunNoRoute(ApplicationDataValidator.Printable(definitionId)));
        if (record.IsPublished || record.PublishedAt is not null)
        {
            throw new CommandException(CommandErrorKind.Conflict, Texts.TestRunNeedsDraft, Texts.TestRunNeedsDraftDetail);
        }

        return (JsonObject)JsonNode.Parse(record.Json)!;
    }

    private async Task<WorkflowDefinition> ReadAsync(JsonObject document, CancellationToken cancellationToken) =>
        (await checker.CheckAsync(document, cancellationToken)).Definition
            ?? throw new CommandException(CommandErrorKind.Unprocessable, Texts.TestRunNotARoute);

    /// <summary>
    /// The form data copied from a filed application (<see cref="ApplicationCopy"/>), if the caller may read it (admins;
    /// staff whose office has or had a task in it): otherwise, as for an unknown number, 404, so the studio does not reveal
    /// which numbers exist. What may be copied is decided by the form of the route version the application was filed on.
    /// </summary>
    private async Task<JsonObject> CopyAsync(
        JsonObject document, IReadOnlyList<FieldDefinition> inputs, string registrationNumber, Actor actor, DateOnly filed, CancellationToken cancellationToken)
    {
        var number = registrationNumber.Trim();
        if (number.Length is 0 or > 100
            || await applications.FindByRegistrationNumberAsync(number, cancellationToken) is not { } instance
            || !await runtime.CanSeeApplicationAsync(instance.Id, actor, cancellationToken))
        {
            throw new CommandException(CommandErrorKind.NotFound, Texts.TestRunNoApplication(ApplicationDataValidator.Printable(number)));
        }

        // A version an application runs on is never deleted; were it unreadable, nothing is copied.
        var version = await definitions.GetAsync(instance.DefinitionId, VersionSelector.Exact(instance.DefinitionVersion), cancellationToken);
        var filedOn = version is not null && JsonNode.Parse(version.Json) is JsonObject own
            && (await checker.CheckAsync(own, cancellationToken)).Definition is { } definition
                ? definition.Inputs
                : [];
        return ApplicationCopy.For(document, inputs, JsonNode.Parse(instance.DataJson) as JsonObject ?? [], filedOn, filed);
    }

    /// <summary>Choices name steps of the route that wait for one, with an outcome the step has, and sensible days.</summary>
    private static List<TestRunChoice> Validate(WorkflowDefinition definition, IReadOnlyList<TestRunChoice> choices)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (choices.Count > MaxChoices)
        {
            errors["choices"] = [Texts.TestRunTooManyChoices(MaxChoices)];
        }

        for (var i = 0; i < Math.Min(choices.Count, MaxChoices); i++)
        {
            var choice = choices[i];
            var key = $"choices[{i}]";
            var node = choice?.Step is { } step ? definition.Root.Find(step) : null;
            var outcomes = node?.Type switch
            {
                ActivityTypes.HumanTask => HumanTaskActivity.ReadSpec(node).Outcomes,
                ActivityTypes.ApplicantRevision => [PortNames.Resubmitted, PortNames.Expired],
                _ => null,
            };
            if (choice is null || outcomes is null)
            {
                errors[key + ".step"] = [Texts.TestRunUnknownStep(ApplicationDataValidator.Printable(choice?.Step ?? string.Empty))];
            }
            else if (!outcomes.Contains(choice.Outcome ?? string.Empty, StringComparer.Ordinal))
            {
                errors[key + ".outcome"] = [Texts.TestRunUnknownOutcome(node!.Name ?? node.Id, string.Join(", ", outcomes.Select(Glossary.Outcome)))];
            }
            else if (choice.Days is < 0 or > MaxDays)
            {
                errors[key + ".days"] = [Texts.TestRunDaysRange(MaxDays)];
            }
        }

        return errors.Count > 0 ? throw new CommandException(CommandErrorKind.Invalid, Texts.TestRunInvalid, null, errors) : [.. choices];
    }

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        var refusal = trimmed.Length is 0 or > StudioTestRuns.MaxNameLength
            ? Texts.TestRunNameRule(StudioTestRuns.MaxNameLength)
            : ApplicationDataValidator.CheckSingleLine(trimmed, Texts.TestRunNameLabel, StudioTestRuns.MaxNameLength);
        return refusal is null
            ? trimmed
            : throw new CommandException(CommandErrorKind.Invalid, Texts.TestRunInvalid, null, new Dictionary<string, string[]> { ["name"] = [refusal] });
    }

    private static T CalendarSafe<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (CalendarYearMissingException e)
        {
            throw new CommandException(CommandErrorKind.Unprocessable, Texts.TestRunNoCalendar(e.Year));
        }
    }

    private static async Task<T> CalendarSafeAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (CalendarYearMissingException e)
        {
            throw new CommandException(CommandErrorKind.Unprocessable, Texts.TestRunNoCalendar(e.Year));
        }
    }
}
