using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Mpp.Workflows.Engine.Observability;

/// <summary>
/// The engine's metrics, traces and log scopes, with the runtime's own types only (<see cref="Meter"/>,
/// <see cref="ActivitySource"/>, <see cref="ILogger.BeginScope"/>): the host decides where they go (OpenTelemetry, Prometheus).
/// A command (<see cref="BeginCommand"/>) is one span, one count of <see cref="Transitions"/> by command and outcome, and one
/// log scope naming its application; an outbox row (<see cref="BeginOutboxRow"/>) is a log scope naming its application. The
/// application's id and registration number join the scope when the command or row first reads the application
/// (<see cref="Noted"/>). The gauges read the store when the host asks (<see cref="RefreshGaugesAsync"/>, on each scrape),
/// so no background loop queries the database for numbers nobody looks at.
/// The meter and its instruments are the process's, made once: a meter made per host (IMeterFactory) would give every host
/// in a process (tests, a host restarted in place) instruments of the same name, and OpenTelemetry ends a shared metric
/// stream when any one of them is disposed. The gauges report the hosts alive in the process that have read their store.
/// </summary>
public sealed class EngineTelemetry : IDisposable
{
    /// <summary>The <see cref="Meter"/> every engine instrument belongs to.</summary>
    public const string MeterName = "Mpp.Workflows.Engine";

    /// <summary>The <see cref="ActivitySource"/> of command spans.</summary>
    public const string ActivitySourceName = "Mpp.Workflows.Engine";

    /// <summary>Counter: commands run on applications, tagged <c>command</c> and <c>outcome</c>.</summary>
    public const string Transitions = "mpp.transitions";

    /// <summary>Histogram (seconds): how long after its due instant a timer fired, tagged <c>kind</c>.</summary>
    public const string TimerLateness = "mpp.timer.lateness";

    /// <summary>Counter: mails the transport delivered.</summary>
    public const string MailSent = "mpp.mail.sent";

    /// <summary>Counter: mails the transport could not deliver (SMTP refusal, connection failure), tagged <c>permanent</c>.</summary>
    public const string MailFailures = "mpp.mail.failures";

    /// <summary>Gauge: open tasks, tagged <c>office</c>.</summary>
    public const string OpenTasks = "mpp.tasks.open";

    /// <summary>Gauge: open tasks past their due instant, tagged <c>office</c>.</summary>
    public const string OverdueTasks = "mpp.tasks.overdue";

    /// <summary>Gauge: outbox rows waiting to be carried out (documents to issue, mails to send).</summary>
    public const string OutboxPending = "mpp.outbox.pending";

    /// <summary>Gauge (seconds): age of the oldest pending outbox row; 0 when none waits.</summary>
    public const string OutboxOldestPendingAge = "mpp.outbox.oldest_pending_age";

    /// <summary>Gauge: outbox rows given up on, waiting for an admin's retry.</summary>
    public const string OutboxFailed = "mpp.outbox.failed";

    /// <summary>The <see cref="Transitions"/> outcome of a command that committed.</summary>
    public const string Committed = "committed";

    private static readonly ActivitySource Source = new(ActivitySourceName);
    private static readonly AsyncLocal<Observation?> Current = new();
    private static readonly ConcurrentDictionary<Type, string> CommandNames = new();
    private static readonly ConcurrentDictionary<EngineTelemetry, bool> Alive = new();
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> TransitionCounter =
        Meter.CreateCounter<long>(Transitions, "{transition}", "Commands run on applications, by command and outcome");
    private static readonly Histogram<double> LatenessHistogram = Meter.CreateHistogram(
        TimerLateness, "s", "How long after its due instant a timer fired",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600] });
    private static readonly Counter<long> MailSentCounter = Meter.CreateCounter<long>(MailSent, "{mail}", "Mails the transport delivered");
    private static readonly Counter<long> MailFailureCounter =
        Meter.CreateCounter<long>(MailFailures, "{mail}", "Mails the transport could not deliver (SMTP refusal or connection failure)");

    private readonly IWorkflowStore store;
    private readonly TimeProvider time;
    private volatile GaugeReading? gauges;

    static EngineTelemetry()
    {
        Meter.CreateObservableGauge(OpenTasks, () => ByOffice(o => o.Open), "{task}", "Open tasks by office");
        Meter.CreateObservableGauge(OverdueTasks, () => ByOffice(o => o.Overdue), "{task}", "Open tasks past their due instant, by office");
        Meter.CreateObservableGauge(OutboxPending, () => Read(g => g.Counts.OutboxPending), "{row}", "Outbox rows waiting to be carried out");
        Meter.CreateObservableGauge(OutboxOldestPendingAge, () => Read(OldestAge), "s", "Age of the oldest pending outbox row");
        Meter.CreateObservableGauge(OutboxFailed, () => Read(g => g.Counts.OutboxFailed), "{row}", "Outbox rows given up on");
    }

    public EngineTelemetry(IWorkflowStore store, TimeProvider time)
    {
        this.store = store;
        this.time = time;
        Alive[this] = true;
    }

    /// <summary>
    /// Reads the gauges' counts from the store; until the next call the gauges report them. A failed read leaves the gauges
    /// empty (no stale numbers) and throws.
    /// </summary>
    public async Task RefreshGaugesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        gauges = null;
        gauges = new GaugeReading(await store.ReadGaugesAsync(now, cancellationToken).ConfigureAwait(false), now);
    }

    /// <summary>Counts one mail the transport delivered, or failed to with <paramref name="error"/>.</summary>
    public static void RecordMail(Exception? error, bool permanent)
    {
        if (error is null)
        {
            MailSentCounter.Add(1);
        }
        else
        {
            MailFailureCounter.Add(1, new KeyValuePair<string, object?>("permanent", permanent ? "true" : "false"));
        }
    }

    /// <summary>
    /// Observes one command run by the pipeline: a span and a log scope until disposed; <see cref="Observation.Succeeded"/> or
    /// <see cref="Observation.Failed"/> counts it. The command's name is its handler's, less "Handler" (<c>CompleteTask</c>).
    /// </summary>
    public static Observation BeginCommand(Delegate command, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = CommandNames.GetOrAdd(command.Method.DeclaringType ?? typeof(object), NameOf);
        return new Observation(logger, name, null, Source.StartActivity(name, ActivityKind.Internal));
    }

    /// <summary>A log scope naming the row's application while one outbox row is carried out.</summary>
    public static IDisposable BeginOutboxRow(ILogger logger, OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Observation(logger, null, row.Id, null) { ApplicationId = row.InstanceId };
    }

    /// <summary>Names <paramref name="instance"/> in the scope of the command or outbox row under way, if any; returns it.</summary>
    public static InstanceRecord? Noted(InstanceRecord? instance)
    {
        // The first application a command reads is the one it is about; an outbox row names its own beforehand.
        if (instance is not null && Current.Value is { RegistrationNumber: null } observation
            && (observation.ApplicationId is null || observation.ApplicationId == instance.Id))
        {
            observation.ApplicationId = instance.Id;
            observation.RegistrationNumber = instance.RegistrationNumber;
            observation.Activity?.SetTag("mpp.application.id", instance.Id).SetTag("mpp.registration_number", instance.RegistrationNumber);
        }

        return instance;
    }

    /// <summary>
    /// The command under way marked <paramref name="timer"/> fired at <paramref name="firedAt"/>; its lateness is recorded
    /// if the command commits (an attempt rolled back and run again counts once).
    /// </summary>
    public static void NoteTimerFired(TimerRecord timer, DateTimeOffset firedAt)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (Current.Value is { } observation)
        {
            observation.FiredTimer = (timer.Kind, firedAt - timer.DueAt);
        }
    }

    /// <summary>The host stopped: its gauges are no longer reported.</summary>
    public void Dispose() => Alive.TryRemove(this, out _);

    private static string NameOf(Type type)
    {
        // A lambda lives in a compiler-generated class nested in the handler.
        while (type.DeclaringType is { } outer && type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
        {
            type = outer;
        }

        return type.Name.EndsWith("Handler", StringComparison.Ordinal) ? type.Name[..^"Handler".Length] : type.Name;
    }

    private static string OutcomeOf(Exception error) => error switch
    {
        CommandException command => command.Kind switch
        {
            CommandErrorKind.Invalid => "invalid",
            CommandErrorKind.Forbidden => "forbidden",
            CommandErrorKind.NotFound => "not_found",
            CommandErrorKind.Conflict => "conflict",
            _ => "unprocessable",
        },
        ConcurrencyException => "conflict",
        OperationCanceledException => "cancelled",
        _ => "error",
    };

    private static double OldestAge(GaugeReading reading) =>
        reading.Counts.OldestPendingAt is { } oldest ? Math.Max(0, (reading.At - oldest).TotalSeconds) : 0;

    private static IEnumerable<GaugeReading> Readings() => Alive.Keys.Select(t => t.gauges).OfType<GaugeReading>();

    private static IEnumerable<Measurement<T>> Read<T>(Func<GaugeReading, T> value)
        where T : struct =>
        [.. Readings().Select(reading => new Measurement<T>(value(reading)))];

    private static IEnumerable<Measurement<long>> ByOffice(Func<OfficeTaskCounts, long> value) =>
        [.. Readings().SelectMany(reading => reading.Counts.Offices)
            .Select(o => new Measurement<long>(value(o), new KeyValuePair<string, object?>("office", o.Office)))];

    private sealed record GaugeReading(StoreGauges Counts, DateTimeOffset At);

    /// <summary>
    /// One command or outbox row under way: the state of its log scope (read when a line is written, so the application named
    /// after the scope opened still shows) and, for a command, its span and its count.
    /// </summary>
    public sealed class Observation : IDisposable, IEnumerable<KeyValuePair<string, object?>>
    {
        private readonly ILogger logger;
        private readonly string? command;
        private readonly Guid? outboxRowId;
        private readonly IDisposable? scope;
        private readonly Observation? previous;
        private readonly long started = Stopwatch.GetTimestamp();

        internal Observation(ILogger logger, string? command, Guid? outboxRowId, Activity? activity)
        {
            ArgumentNullException.ThrowIfNull(logger);
            this.logger = logger;
            this.command = command;
            this.outboxRowId = outboxRowId;
            Activity = activity;
            previous = Current.Value;
            Current.Value = this;
            scope = logger.BeginScope(this);
        }

        internal Guid? ApplicationId { get; set; }

        internal string? RegistrationNumber { get; set; }

        internal Activity? Activity { get; }

        internal (string Kind, TimeSpan Lateness)? FiredTimer { get; set; }

        /// <summary>The command committed.</summary>
        public void Succeeded()
        {
            Count(Committed);
            if (FiredTimer is var (kind, late))
            {
                LatenessHistogram.Record(Math.Max(0, late.TotalSeconds), new KeyValuePair<string, object?>("kind", kind));
            }

            logger.LogDebug("{Command} committed in {ElapsedMs:0.0} ms", command, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        /// <summary>The command was refused or failed with <paramref name="error"/>; nothing of it was committed.</summary>
        public void Failed(Exception error)
        {
            ArgumentNullException.ThrowIfNull(error);
            var outcome = OutcomeOf(error);
            Count(outcome);
            Activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }

        public void Dispose()
        {
            scope?.Dispose();
            Activity?.Dispose();
            Current.Value = previous;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            if (ApplicationId is { } id)
            {
                yield return new("ApplicationId", id);
            }

            if (RegistrationNumber is { } number)
            {
                yield return new("RegistrationNumber", number);
            }

            if (command is not null)
            {
                yield return new("Command", command);
            }

            if (outboxRowId is { } row)
            {
                yield return new("OutboxRowId", row);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>What the console's simple format prints after <c>=&gt;</c>.</summary>
        public override string ToString() => string.Join(" ", this.Select(p => $"{p.Key}:{p.Value}"));

        private void Count(string outcome)
        {
            if (command is null)
            {
                return;
            }

            TransitionCounter.Add(
                1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", outcome));
            Activity?.SetTag("mpp.outcome", outcome);
        }
    }
}
