using System.Security.Cryptography;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace Mpp.Workflows.Bench;

/// <summary>
/// Writes one application at a time as the engine would have: a route's template rows at one of its stages, for a new person,
/// moved in time. Between two template events the engine's own spacing is kept, except that every decision (a completed task,
/// a resubmission) comes after a log-uniform 30 minutes to 4 days of work, so each file's history spans days to weeks.
/// </summary>
internal sealed class HistoryRows
{
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["instances"] =
        [
            "id", "registration_number", "definition_id", "definition_version", "status", "result", "applicant", "data", "state",
            "tracking_token_hash", "fault", "revision", "created_at", "updated_at",
        ],
        ["tasks"] =
        [
            "id", "instance_id", "registration_number", "definition_id", "activity_id", "title", "office", "role", "status", "assignee",
            "outcomes", "form", "created_at", "due_at", "escalated_to_role", "outcome", "comment", "completed_by", "completed_at",
        ],
        ["audit_events"] = ["instance_id", "at", "actor", "activity_id", "event", "outcome", "comment", "details"],
        ["outbox"] = ["id", "instance_id", "kind", "payload", "status", "attempts", "created_at"],
        ["documents"] = ["id", "instance_id", "source_id", "kind", "number", "holder", "sha256", "issued_at", "content"],
        ["timers"] = ["id", "instance_id", "kind", "activity_id", "task_id", "due_at", "provisional"],
    };

    /// <summary>Open steps past their due instant: about this share of the running files' (drawn uniformly up to 1 + this).</summary>
    private const double OverdueShare = 0.04;

    private readonly Dictionary<string, PreparedRoute> _routes;
    private readonly (string Route, double Share)[] _mix;
    private readonly Dictionary<string, NpgsqlBinaryImporter> _writers;
    private readonly DateTimeOffset _now;
    private readonly byte[] _secret;
    private readonly Random _random;
    private readonly HistoryPeople _people;
    private readonly Dictionary<string, long> _sequences;
    private readonly Dictionary<Guid, Guid> _taskIds = [];
    private readonly byte[] _pdf = SharedPdf();
    private readonly string _pdfHash;
    private long _tasks, _events, _outbox, _documents, _timers;
    private int _written;

    /// <param name="mix">The routes this writer files and each one's share of its files.</param>
    public HistoryRows(
        IReadOnlyList<RouteTemplate> templates, (string Route, double Share)[] mix, Dictionary<string, NpgsqlBinaryImporter> writers, DateTimeOffset now,
        byte[] secret, Random random, Dictionary<string, long> sequences, HistorySample sample)
    {
        _mix = mix;
        _sequences = sequences;
        Sample = sample;
        _routes = templates.ToDictionary(t => t.DefinitionId, t => new PreparedRoute(t), StringComparer.Ordinal);
        _writers = writers;
        _now = now;
        _secret = secret;
        _random = random;
        _people = new HistoryPeople(random);
        _pdfHash = Convert.ToHexStringLower(SHA256.HashData(_pdf));
    }

    public HistorySample Sample { get; }

    public string Counts => string.Create(CultureInfo.InvariantCulture,
        $"{_tasks:N0} tasks, {_events:N0} events, {_outbox:N0} outbox, {_documents:N0} documents, {_timers:N0} timers");

    /// <summary>A file submitted at <paramref name="submitted"/> and decided to its end.</summary>
    public void WriteCompleted(DateTimeOffset submitted)
    {
        var route = PickRoute();
        var stage = route.Stages[^1];
        var offsets = route.Offsets(stage, _random);
        var last = route.Map(stage, offsets, stage.Events[^1].At);
        var latest = _now.AddHours(-1);
        Write(route, stage, offsets, submitted + last > latest ? latest - last : submitted);
    }

    /// <summary>A file waiting at one of its open steps, the step's time mostly still running (<see cref="OverdueShare"/> past due).</summary>
    public void WriteRunning()
    {
        var route = PickRoute();
        var stage = route.Running[_random.Next(route.Running.Count)];
        var offsets = route.Offsets(stage, _random);
        var open = stage.Source.Tasks.First(t => t.Status == TaskStates.Open);
        var allowed = open.DueAt is { } due ? due - open.CreatedAt : TimeSpan.FromDays(5);
        var openedAt = _now - allowed * (_random.NextDouble() * (1 + OverdueShare));
        Write(route, stage, offsets, openedAt - route.Map(stage, offsets, open.CreatedAt));
    }

    /// <summary>Each service's registration counter per year set to the last number used, so the next filing continues it.</summary>
    public string SequencesSql() => string.Join(";\n", _sequences.Select(s =>
        $"INSERT INTO sequences (scope, value) VALUES ('{s.Key}', {s.Value.ToString(CultureInfo.InvariantCulture)}) "
        + "ON CONFLICT (scope) DO UPDATE SET value = greatest(sequences.value, excluded.value)"));

    private PreparedRoute PickRoute()
    {
        var pick = _random.NextDouble();
        foreach (var (route, share) in _mix)
        {
            if ((pick -= share) < 0)
            {
                return _routes[route];
            }
        }

        return _routes[_mix[^1].Route];
    }

    private void Write(PreparedRoute route, PreparedStage stage, long[] offsets, DateTimeOffset submitted)
    {
        var template = route.Template;
        var source = stage.Source;
        var (name, nik, email, phone) = _people.Next(business: template.DefinitionId == "reklame");
        var id = Guid.CreateVersion7(submitted);
        var year = submitted.ToOffset(TimeSpan.FromHours(7)).Year;
        var scope = RegistrationNumbers.SequenceScope(template.ServiceCode, year);
        var sequence = _sequences[scope] = _sequences.GetValueOrDefault(scope) + 1;
        var number = RegistrationNumbers.Format(template.Prefix, template.ServiceCode, year, sequence);
        var token = TrackingTokens.Derive(_secret, id);
        var staff = _random.Next(1, 7).ToString(CultureInfo.InvariantCulture);
        DateTimeOffset At(DateTimeOffset instant) => submitted + route.Map(stage, offsets, instant);

        var w = _writers["instances"];
        w.StartRow();
        w.Write(id, NpgsqlDbType.Uuid);
        Text(w, number);
        Text(w, template.DefinitionId);
        w.Write(template.Version, NpgsqlDbType.Integer);
        Text(w, source.Instance.Status);
        Text(w, source.Instance.Result);
        Json(w, Person(template.ApplicantJson, name, nik, email, phone));
        Json(w, Person(template.DataJson, name, nik, email, phone));
        Json(w, source.Instance.StateJson);
        Text(w, TrackingTokens.Hash(token));
        Text(w, null);
        w.Write(source.Instance.Revision, NpgsqlDbType.Integer);
        Instant(w, submitted);
        Instant(w, At(source.Instance.UpdatedAt));

        _taskIds.Clear();
        string? office = null;
        w = _writers["tasks"];
        foreach (var task in source.Tasks)
        {
            var taskId = _taskIds[task.Id] = Guid.CreateVersion7(At(task.CreatedAt));
            office ??= task.Office;
            w.StartRow();
            w.Write(taskId, NpgsqlDbType.Uuid);
            w.Write(id, NpgsqlDbType.Uuid);
            Text(w, number);
            Text(w, task.DefinitionId);
            Text(w, task.ActivityId);
            Text(w, task.Title);
            Text(w, task.Office);
            Text(w, task.Role);
            Text(w, task.Status);
            Text(w, Staff(task.Assignee, staff));
            Json(w, task.OutcomesJson);
            Json(w, task.FormJson);
            Instant(w, At(task.CreatedAt));
            Instant(w, task.DueAt is { } due ? At(task.CreatedAt) + (due - task.CreatedAt) : null);
            Text(w, task.EscalatedToRole);
            Text(w, task.Outcome);
            Text(w, task.Comment);
            Text(w, Staff(task.CompletedBy, staff));
            Instant(w, task.CompletedAt is { } completed ? At(completed) : null);
            _tasks++;
        }

        w = _writers["audit_events"];
        foreach (var e in stage.Events)
        {
            w.StartRow();
            w.Write(id, NpgsqlDbType.Uuid);
            Instant(w, At(e.At));
            Text(w, Staff(e.Actor, staff));
            Text(w, e.ActivityId);
            Text(w, e.Event);
            Text(w, e.Outcome);
            Text(w, e.Comment);
            Json(w, e.DetailsJson);
            _events++;
        }

        foreach (var message in source.Outbox)
        {
            var messageId = Guid.CreateVersion7(At(message.CreatedAt));
            w = _writers["outbox"];
            w.StartRow();
            w.Write(messageId, NpgsqlDbType.Uuid);
            w.Write(id, NpgsqlDbType.Uuid);
            Text(w, message.Kind);
            Json(w, Person(message.PayloadJson, name, nik, email, phone));
            Text(w, OutboxStatuses.Sent);
            w.Write(1, NpgsqlDbType.Integer);
            Instant(w, At(message.CreatedAt));
            _outbox++;
            if (stage.DocumentKinds.TryGetValue(message.Id, out var kind))
            {
                WriteDocument(id, messageId, kind, template.ServiceCode, name, At(message.CreatedAt).AddSeconds(2));
            }
        }

        w = _writers["timers"];
        foreach (var timer in source.Timers)
        {
            w.StartRow();
            w.Write(Guid.CreateVersion7(At(timer.DueAt)), NpgsqlDbType.Uuid);
            w.Write(id, NpgsqlDbType.Uuid);
            Text(w, timer.Kind);
            Text(w, timer.ActivityId);
            if (timer.TaskId is { } task && _taskIds.TryGetValue(task, out var taskId))
            {
                w.Write(taskId, NpgsqlDbType.Uuid);
            }
            else
            {
                w.WriteNull();
            }

            Instant(w, At(timer.DueAt));
            w.Write(timer.Provisional, NpgsqlDbType.Boolean);
            _timers++;
        }

        if (_written++ % 250 == 0 || (source.Instance.Status != ApplicationStatuses.Completed && _random.Next(25) == 0))
        {
            Sample.Add(new SampleApplication(id, number, token, name, nik, template.DefinitionId, source.Instance.Status, submitted, office!));
        }
    }

    private void WriteDocument(Guid instance, Guid source, string kind, string serviceCode, string holder, DateTimeOffset issued)
    {
        var w = _writers["documents"];
        var code = kind switch { DocumentKinds.Receipt => "TT", DocumentKinds.Permit => "IZIN", _ => "TOLAK" };
        w.StartRow();
        w.Write(Guid.CreateVersion7(issued), NpgsqlDbType.Uuid);
        w.Write(instance, NpgsqlDbType.Uuid);
        w.Write(source, NpgsqlDbType.Uuid);
        Text(w, kind);
        Text(w, string.Create(CultureInfo.InvariantCulture, $"503/{++_documents:D7}/{code}/{serviceCode}/{issued.Year}"));
        Text(w, holder);
        Text(w, _pdfHash);
        Instant(w, issued);
        w.Write(_pdf, NpgsqlDbType.Bytea);
    }

    private static string? Staff(string? actor, string number) =>
        actor is not null && actor.EndsWith(".petugas", StringComparison.Ordinal) ? actor + number : actor;

    private static string Person(string json, string name, string nik, string email, string phone) => json
        .Replace(HistoryTemplates.NamePlaceholder, name, StringComparison.Ordinal)
        .Replace(HistoryTemplates.NikPlaceholder, nik, StringComparison.Ordinal)
        .Replace(HistoryTemplates.EmailPlaceholder, email, StringComparison.Ordinal)
        .Replace(HistoryTemplates.PhonePlaceholder, phone, StringComparison.Ordinal);

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Json(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Jsonb);
        }
    }

    private static void Instant(NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            w.Write(instant.UtcDateTime, NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }
    }

    /// <summary>One small, valid PDF every seeded document shares: the lists read no bytes, and a download still gets a file.</summary>
    private static byte[] SharedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
