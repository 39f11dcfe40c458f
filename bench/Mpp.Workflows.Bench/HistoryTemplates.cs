using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Engine.Postgres;
using Mpp.Workflows.Engine.Runtime;
using Mpp.Workflows.Testing;
using Npgsql;

namespace Mpp.Workflows.Bench;

/// <summary>
/// The shapes the seeder copies: each shipped route (<c>workflows/</c>) published through the store, one application filed
/// through the real engine and decided step by step to its permit, and the rows it had at every step (its state, tasks, history,
/// outbox and pending timers). Copies of these rows, renamed and moved in time, are what the engine itself would have written.
/// </summary>
internal static class HistoryTemplates
{
    public const string NamePlaceholder = "@@NAME@@";
    public const string NikPlaceholder = "@@NIK@@";
    public const string EmailPlaceholder = "@@EMAIL@@";
    public const string PhonePlaceholder = "@@PHONE@@";

    private const string TemplateName = "Nama Templat";
    private const string TemplateEmail = "templat@example.org";
    private const string TemplatePhone = "081200000000";

    private static readonly JsonDocumentOptions FileOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Puts the offices, calendars and routes of <c>workflows/</c> in the store, as the host's first start does.</summary>
    public static async Task<IReadOnlyList<OfficeRecord>> PrepareStoreAsync(IWorkflowStore store, DateTimeOffset now)
    {
        var offices = new List<OfficeRecord>();
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Workflows, "offices.json")), documentOptions: FileOptions)!;
        foreach (var office in document["offices"]!.AsArray())
        {
            var record = new OfficeRecord(
                office!["code"]!.GetValue<string>(), office["name"]!.GetValue<string>(), office["timeZone"]!.GetValue<string>(),
                [.. office["roles"]!.AsArray().Select(r => r!.GetValue<string>())]);
            await store.UpsertOfficeAsync(record, CancellationToken.None);
            offices.Add(record);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "calendars"), "*.json"))
        {
            var year = int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture);
            await store.UpsertCalendarAsync(new CalendarRecord(year, await File.ReadAllTextAsync(file), now, "bench"), CancellationToken.None);
        }

        foreach (var file in Directory.GetFiles(RepoPaths.Workflows, "*.json").Where(f => Path.GetFileName(f) != "offices.json").Order(StringComparer.Ordinal))
        {
            var route = JsonNode.Parse(await File.ReadAllTextAsync(file), documentOptions: FileOptions)!.AsObject();
            var id = route["definitionId"]!.GetValue<string>();
            var draft = await store.SaveDraftAsync(id, route["name"]!.GetValue<string>(), route.ToJsonString(), now, CancellationToken.None);
            route["version"] = draft.Version;
            route["isPublished"] = true;
            await store.PublishAsync(id, draft.Version, route.ToJsonString(), now, CancellationToken.None);
        }

        return offices;
    }

    /// <summary>One template per route whose sample application the engine takes to a permit.</summary>
    public static async Task<IReadOnlyList<RouteTemplate>> CaptureAsync(IWorkflowStore store, NpgsqlDataSource dataSource, WorkflowRuntime runtime)
    {
        var templates = new List<RouteTemplate>();
        foreach (var (definitionId, data) in SampleForms())
        {
            templates.Add(await CaptureAsync(store, dataSource, runtime, definitionId, data));
        }

        return templates;
    }

    private static IEnumerable<(string DefinitionId, JsonObject Data)> SampleForms()
    {
        yield return ("sip-dokter", Personal(SampleData.Sip(), "namaLengkap"));
        // A non-residential building takes the parallel PUPR + DLH review, so both offices hold PBG steps.
        yield return ("pbg", Personal(SampleData.Pbg(450, "Usaha"), "namaPemilik"));
        yield return ("reklame", Personal(SampleData.Reklame(), "namaPemohon"));
        var renewal = Personal(SampleData.Sip(), "namaLengkap");
        renewal["nomorIzinLama"] = "503/0042/SIP/DPMPTSP/2021";
        yield return ("sip-dokter-perpanjangan", renewal);
    }

    private static JsonObject Personal(JsonObject data, string nameField)
    {
        data[nameField] = TemplateName;
        data["nik"] = SampleData.Nik;
        data["email"] = TemplateEmail;
        return data;
    }

    private static async Task<RouteTemplate> CaptureAsync(
        IWorkflowStore store, NpgsqlDataSource dataSource, WorkflowRuntime runtime, string definitionId, JsonObject data)
    {
        var submitted = await runtime.SubmitAsync(
            new SubmitCommand(definitionId, new Applicant(TemplateName, TemplateEmail, TemplatePhone, SampleData.Nik), data, null, Actor.Applicant),
            CancellationToken.None);
        var id = submitted.Id;
        var stages = new List<RouteStage>();
        for (var step = 0; step < 20; step++)
        {
            var stage = await ReadStageAsync(store, dataSource, id);
            stages.Add(stage);
            var open = stage.Tasks.FirstOrDefault(t => t.Status == TaskStates.Open);
            if (stage.Instance.Status == ApplicationStatuses.Completed || open is null)
            {
                break;
            }

            var outcome = JsonNode.Parse(open.OutcomesJson)!.AsArray()[0]!.GetValue<string>();
            var fields = new JsonObject();
            foreach (var field in JsonNode.Parse(open.FormJson)!.AsArray())
            {
                fields[field!["name"]!.GetValue<string>()] = field["type"]?.GetValue<string>() switch
                {
                    "Number" => 1_500_000,
                    "Date" => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => "Sesuai hasil pemeriksaan",
                };
            }

            await runtime.CompleteTaskAsync(
                open.Id, new CompleteTaskCommand(outcome, "Sesuai", fields), new Actor($"{open.Office.ToLowerInvariant()}.petugas", open.Office, [open.Role]),
                CancellationToken.None);
        }

        var final = stages[^1];
        if (final.Instance.Status != ApplicationStatuses.Completed)
        {
            throw new InvalidOperationException($"The sample application of {definitionId} did not reach its end ({final.Instance.Status}).");
        }

        var registration = final.Instance.RegistrationNumber;
        return new RouteTemplate(
            definitionId, final.Instance.DefinitionVersion, registration.Split('-')[0], registration.Split('-')[1],
            Placeholders(final.Instance.ApplicantJson), Placeholders(final.Instance.DataJson), final.Instance.CreatedAt, stages);
    }

    private static async Task<RouteStage> ReadStageAsync(IWorkflowStore store, NpgsqlDataSource dataSource, Guid id)
    {
        var instance = (await store.GetInstanceAsync(id, CancellationToken.None))!;
        var tasks = await store.ListTasksAsync(new TaskQuery(InstanceId: id), CancellationToken.None);
        var history = await store.GetHistoryAsync(id, CancellationToken.None);
        var outbox = await store.ListOutboxOfInstanceAsync(id, CancellationToken.None);
        // The store lists only due timers, and a deadline counted into a year without its decree is provisional, never due:
        // the pending ones are found by their application here and read through the store.
        var timers = new List<TimerRecord>();
        await using (var pending = dataSource.CreateCommand(
            $"SELECT id FROM {PostgresWorkflowStore.DefaultSchema}.timers WHERE instance_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL"))
        {
            pending.Parameters.Add(new NpgsqlParameter { Value = id });
            await using var reader = await pending.ExecuteReaderAsync();
            var ids = new List<Guid>();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }

            foreach (var timer in ids)
            {
                timers.Add((await store.GetTimerAsync(timer, CancellationToken.None))!);
            }
        }

        return new RouteStage(instance, [.. tasks.OrderBy(t => t.CreatedAt)], history, outbox, timers);
    }

    private static string Placeholders(string json) => json
        .Replace(TemplateName, NamePlaceholder, StringComparison.Ordinal)
        .Replace(SampleData.Nik, NikPlaceholder, StringComparison.Ordinal)
        .Replace(TemplateEmail, EmailPlaceholder, StringComparison.Ordinal)
        .Replace(TemplatePhone, PhonePlaceholder, StringComparison.Ordinal);
}
