using Mpp.Workflows.Engine.Calendar;
using Mpp.Workflows.Engine.Runtime.Expressions;

namespace Mpp.Workflows.Engine.Runtime;

/// <summary>One test run of <see cref="RouteSimulator"/>: the interpreter's state, the open waits and their clocks, the timeline.</summary>
internal sealed class RouteSimulation
{
    private readonly RouteSimulator _simulator;
    private readonly WorkflowDefinition _definition;
    private readonly TestRunInput _input;
    private readonly IReadOnlyDictionary<string, string> _zones;
    private readonly Flowchart _flowchart;
    private readonly ExecutionState _state = new();
    private readonly List<Step> _steps = [];
    private readonly List<TestRunLink> _links = [];
    private readonly List<Wait> _waits = [];
    private readonly bool[] _consumed;
    private readonly string _dataJson;
    private readonly string _applicantJson;
    private WorkingClock? _statutory;
    private DateTimeOffset _now;
    private bool _withApplicant;
    private int _opened;
    private string? _result;
    private ExecutionFault? _fault;

    public RouteSimulation(RouteSimulator simulator, WorkflowDefinition definition, TestRunInput input, IReadOnlyDictionary<string, string> zones)
    {
        _simulator = simulator;
        _definition = definition;
        _input = input;
        _zones = zones;
        _flowchart = definition.Root;
        _consumed = new bool[input.Choices.Count];
        _dataJson = input.Data.ToJsonString();
        _applicantJson = EngineJson.Serialize(ApplicantOf(definition, input.Data));
        _now = input.SubmittedAt;
    }

    private WorkingDayCalendar Calendar => _simulator.Calendar;

    public TestRunResult Run()
    {
        if (_flowchart.Activities.FirstOrDefault(a => a.Type == ActivityTypes.Start) is not { } start)
        {
            return Finish(TestRunStatuses.Faulted, null, null, TestRunFaults.NoStart);
        }

        Apply(_simulator.Interpreter.Run(_flowchart, _state, [new PendingToken(start.Id, null)], Scope));
        for (var events = 0; ; events++)
        {
            if (_fault is not null)
            {
                return Finish(TestRunStatuses.Faulted, null, _fault.ActivityId, _fault.Message);
            }

            if (_result is not null)
            {
                return Finish(TestRunStatuses.Ended, null, null, null);
            }

            var next = _waits.Select(w => (Wait: w, Due: DueOf(w))).Where(w => w.Due is not null)
                .OrderBy(w => w.Due).ThenBy(w => w.Wait.Order).Select(w => w.Wait).FirstOrDefault();
            if (next is null || events >= RouteSimulator.MaxEvents)
            {
                return Finish(TestRunStatuses.Faulted, null, _steps.LastOrDefault()?.ActivityId,
                    next is null ? TestRunFaults.Stuck : TestRunFaults.TooLong);
            }

            if (next.Kind != TestRunStepKinds.Timer && next.Choice is null)
            {
                return Finish(TestRunStatuses.Waiting, next, null, null);
            }

            _now = DueOf(next)!.Value;
            Decide(next);
        }
    }

    private Func<ExpressionScope> Scope => () => new ExpressionScope(_dataJson, _applicantJson, EngineJson.Serialize(_state.Outcomes));

    private DateTimeOffset? DueOf(Wait wait) => wait.FixedDue ?? wait.Clock?.ComputeDue(Calendar);

    private void Decide(Wait wait)
    {
        _waits.Remove(wait);
        var port = wait.Kind == TestRunStepKinds.Timer ? PortNames.Done : wait.Choice!.Outcome;
        Close(wait, cancelled: false);
        if (wait.Kind != TestRunStepKinds.Timer)
        {
            wait.Step.Outcome = port;
        }

        if (wait.Kind == TestRunStepKinds.Task)
        {
            _state.Outcomes[wait.Node.Id] = port;
            _state.LastComment = null;
            StartStatutoryClock(wait.Node, port);
        }
        else if (wait.Kind == TestRunStepKinds.Revision)
        {
            _state.RevisionReasons = null;
        }

        Apply(_simulator.Interpreter.Resume(_flowchart, _state, wait.Bookmark, port, Scope));
    }

    /// <summary>The statutory clock on the run's clock, by the rule of <see cref="ClockService.StatutoryClock"/>.</summary>
    private void StartStatutoryClock(ActivityNode task, string outcome) =>
        _statutory ??= ClockService.StatutoryClock(
            _simulator.Interpreter, _definition, task, outcome, _simulator.DefaultZone, _now, RouteSimulator.Actor);

    private void Apply(ExecutionEffects effects)
    {
        var entered = new List<Step>();
        foreach (var token in effects.Entered)
        {
            var node = _flowchart.Find(token.ActivityId)!;
            if (token.FromActivityId is { } from)
            {
                _links.Add(new TestRunLink(_links.Count, from, node.Id, _steps.Count));
            }

            var step = new Step(_steps.Count, node, token.FromActivityId, _now);
            Stamp(step);
            _steps.Add(step);
            entered.Add(step);
        }

        Step Bind(string activityId)
        {
            var step = entered.First(s => s.ActivityId == activityId && s.Kind == TestRunStepKinds.Instant);
            step.EndedAt = null;
            return step;
        }

        foreach (var task in effects.NewTasks)
        {
            var step = Bind(task.Node.Id);
            (step.Kind, step.Office, step.Role) = (TestRunStepKinds.Task, task.Spec.Office, task.Spec.Role);
            var choice = TakeChoice(task.Node.Id, task.Spec.Outcomes);
            var sla = task.Spec.SlaDays ?? 0;
            var zone = task.Spec.Office is { } office ? _zones.GetValueOrDefault(office, _simulator.DefaultZone) : _simulator.DefaultZone;
            Open(new Wait(new Bookmark(task.Id, task.Node.Id, BookmarkKinds.Task), task.Node, step, choice, task.Spec.Outcomes, sla)
            {
                Clock = Clock(ClockKinds.Task, choice?.Days ?? sla, zone, task.Node.Id),
            });
        }

        foreach (var revision in effects.Revisions)
        {
            var step = Bind(revision.Node.Id);
            step.Kind = TestRunStepKinds.Revision;
            var choice = TakeChoice(revision.Node.Id, [PortNames.Resubmitted, PortNames.Expired]);
            var correction = Math.Min(RouteSimulator.DefaultCorrectionDays, revision.ExpiresAfterDays ?? int.MaxValue);
            var days = choice?.Days ?? (choice?.Outcome == PortNames.Expired ? revision.ExpiresAfterDays ?? correction : correction);
            Open(new Wait(new Bookmark(revision.BookmarkId, revision.Node.Id, BookmarkKinds.ApplicantRevision), revision.Node, step, choice,
                [PortNames.Resubmitted, PortNames.Expired], correction)
            {
                Clock = Clock(ClockKinds.Revision, days, _simulator.DefaultZone, revision.Node.Id),
            });
        }

        foreach (var timer in effects.NewTimers)
        {
            var node = _flowchart.Find(timer.ActivityId)!;
            var step = Bind(timer.ActivityId);
            step.Kind = TestRunStepKinds.Timer;
            Open(new Wait(new Bookmark(timer.Id, timer.ActivityId, BookmarkKinds.Timer), node, step, null, [PortNames.Done], 0)
            {
                FixedDue = _now + timer.Delay,
            });
        }

        foreach (var gone in _waits.Where(w => _state.Bookmarks.All(b => b.Id != w.Bookmark.Id)).ToList())
        {
            _waits.Remove(gone);
            Close(gone, cancelled: true);
        }

        _result ??= effects.Result;
        _fault ??= effects.Fault;
        if (effects.Result is not null && _statutory is { StoppedAt: null } statutory)
        {
            statutory.StoppedAt = _now;
        }

        FollowApplicant();
    }

    /// <summary>As <c>EffectWriter</c>: clocks pause when the file goes to the applicant and run again when it comes back.</summary>
    private void FollowApplicant()
    {
        var withApplicant = _state.Bookmarks.Any(b => b.Kind == BookmarkKinds.ApplicantRevision);
        var clocks = _waits.Select(w => w.Clock).OfType<WorkingClock>().Append(_statutory).OfType<WorkingClock>()
            .Where(c => c.Kind != ClockKinds.Revision && c.StoppedAt is null);
        if (withApplicant && !_withApplicant)
        {
            foreach (var clock in clocks.Where(c => !c.IsPaused))
            {
                clock.Pauses.Add(new ClockPause { From = _now, PausedBy = RouteSimulator.Actor });
            }
        }
        else if (!withApplicant && _withApplicant)
        {
            foreach (var clock in clocks.Where(c => c.IsPaused))
            {
                clock.Pauses[^1].To = _now;
                clock.Pauses[^1].ResumedBy = RouteSimulator.Actor;
            }
        }

        _withApplicant = withApplicant;
    }

    private WorkingClock Clock(string kind, int days, string zone, string activityId) => new()
    {
        Kind = kind,
        Days = Math.Max(days, 0),
        Zone = zone,
        StartedAt = _now,
        StartedBy = RouteSimulator.Actor,
        ActivityId = activityId,
    };

    private void Open(Wait wait)
    {
        wait.Order = _opened++;
        _waits.Add(wait);
    }

    private void Close(Wait wait, bool cancelled)
    {
        var step = wait.Step;
        step.EndedAt = _now;
        step.Cancelled = cancelled;
        step.Days = wait.Clock?.WorkingDaysUsed(Calendar, _now)
            ?? Math.Max(Calendar.CountWorkingDays(step.StartedAt, _now, TimeZones.Resolve(_simulator.DefaultZone)), 0);
        Stamp(step);
    }

    private void Stamp(Step step)
    {
        step.StatutoryDaysUsed = _statutory?.WorkingDaysUsed(Calendar, _now);
        step.StatutoryPaused = _statutory?.IsPaused == true;
    }

    /// <summary>The first choice not yet used for <paramref name="activityId"/>; one naming an outcome the step lacks is no choice.</summary>
    private TestRunChoice? TakeChoice(string activityId, IReadOnlyList<string> outcomes)
    {
        for (var i = 0; i < _input.Choices.Count; i++)
        {
            if (!_consumed[i] && string.Equals(_input.Choices[i].Step, activityId, StringComparison.Ordinal))
            {
                _consumed[i] = true;
                return outcomes.Contains(_input.Choices[i].Outcome, StringComparer.Ordinal) ? _input.Choices[i] : null;
            }
        }

        return null;
    }

    private TestRunResult Finish(string status, Wait? waiting, string? faultStep, string? fault)
    {
        var zone = TimeZones.Resolve(_simulator.DefaultZone);
        var ended = status == TestRunStatuses.Ended ? _now : (DateTimeOffset?)null;
        TestRunStatutory? statutory = null;
        if (_definition.Options.StatutoryDays is { } days)
        {
            var used = _statutory?.WorkingDaysUsed(Calendar, _now) ?? 0;
            statutory = new TestRunStatutory(
                days, _definition.Options.OnStatutoryDeadline, _statutory?.StartedAt, _statutory is null ? null : DueOfStatutory(_statutory),
                used, used > days, _statutory?.IsPaused == true, _statutory?.Pauses ?? []);
        }

        return new TestRunResult(
            status,
            status == TestRunStatuses.Ended ? _result : null,
            [.. _steps.Select(s => s.ToView())],
            _links,
            waiting is null ? null : new TestRunWait(
                waiting.Node.Id, waiting.Kind, waiting.Node.Name, waiting.Step.Office, waiting.Outcomes, waiting.DefaultDays, waiting.Step.StartedAt),
            statutory,
            _input.SubmittedAt,
            ended,
            Math.Max(Calendar.CountWorkingDays(_input.SubmittedAt, _now, zone), 0),
            faultStep,
            fault);
    }

    /// <summary>The statutory due instant: computed as if still running, so a stopped clock shows the date it had to meet.</summary>
    private DateTimeOffset? DueOfStatutory(WorkingClock clock) => clock.ComputeDue(Calendar);

    /// <summary>The applicant as the engine keeps it, from the form's fields bound to the applicant's identity.</summary>
    private static Applicant ApplicantOf(WorkflowDefinition definition, JsonObject data)
    {
        string? Bound(string key) => definition.Inputs.FirstOrDefault(f => f.Applicant == key) is { } field
            && data[field.Name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        return new Applicant(
            Bound(FieldDefinition.ApplicantKeys.Name) ?? "Pemohon Uji Coba",
            Bound(FieldDefinition.ApplicantKeys.Email) ?? "pemohon@contoh.go.id",
            Bound(FieldDefinition.ApplicantKeys.Phone),
            Bound(FieldDefinition.ApplicantKeys.Nik));
    }

    /// <summary>A wait the run opened: its bookmark, its step on the timeline, its clock (or a timer's due instant) and its choice.</summary>
    private sealed record Wait(Bookmark Bookmark, ActivityNode Node, Step Step, TestRunChoice? Choice, IReadOnlyList<string> Outcomes, int DefaultDays)
    {
        public string Kind => Step.Kind;

        public WorkingClock? Clock { get; init; }

        public DateTimeOffset? FixedDue { get; init; }

        public int Order { get; set; }
    }

    /// <summary>A row of the timeline while the run builds it.</summary>
    private sealed class Step(int index, ActivityNode node, string? from, DateTimeOffset startedAt)
    {
        public string ActivityId => node.Id;

        public string Kind { get; set; } = TestRunStepKinds.Instant;

        public string? Office { get; set; }

        public string? Role { get; set; }

        public string? Outcome { get; set; }

        public int Days { get; set; }

        public DateTimeOffset StartedAt { get; } = startedAt;

        public DateTimeOffset? EndedAt { get; set; } = startedAt;

        public bool Cancelled { get; set; }

        public int? StatutoryDaysUsed { get; set; }

        public bool StatutoryPaused { get; set; }

        public TestRunStep ToView() => new(
            index, node.Id, node.Type, Kind, node.Name, Office, Role, from, Outcome, Days, StartedAt, EndedAt, Cancelled, StatutoryDaysUsed,
            StatutoryPaused);
    }
}
