namespace Mpp.Workflows.Engine.Model;

/// <summary>Engine settings from configuration section <c>Engine</c>.</summary>
public sealed class EngineOptions
{
    /// <summary>First part of registration numbers (see <see cref="RegistrationNumbers"/>).</summary>
    public string RegistrationPrefix { get; set; } = "503";

    /// <summary>
    /// Time zone whose calendar year numbers registrations; also the zone of the statutory clock and of revision deadlines,
    /// and of offices that name none.
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>Local opening time of offices (<c>HH:mm</c>).</summary>
    public string OfficeOpens { get; set; } = "08:00";

    /// <summary>Local closing time of offices (<c>HH:mm</c>): a deadline falls due at this time of its last working day.</summary>
    public string OfficeCloses { get; set; } = "16:00";

    /// <summary>The office whose head is told when a statutory deadline passes under <c>Notify</c>.</summary>
    public string AuthorityOffice { get; set; } = "DPMPTSP";

    /// <summary>The largest file an applicant may upload for a <c>File</c> input, in bytes (default 5 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// How long a command's <c>Idempotency-Key</c> is kept (default 24 hours, e.g. <c>12:00:00</c> or <c>2.00:00:00</c>): a
    /// retry within it gets the first result; afterwards the key is new again and its row is purged.
    /// </summary>
    public TimeSpan IdempotencyKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Who the mails of routes may go to besides the applicant (section <c>Engine:Mail</c>).</summary>
    public RouteMailOptions Mail { get; set; } = new();

    /// <summary>
    /// How many performance boards (<c>/kinerja</c>, <c>/api/performance</c>, public) one host computes at once (default 2);
    /// a board over years of files takes seconds and memory, so more requests wait their turn for at most
    /// <see cref="PerformanceBoardWait"/> and are then refused as busy (503) instead of exhausting the host.
    /// </summary>
    public int PerformanceBoardConcurrency { get; set; } = 2;

    /// <summary>How long a performance board waits for its turn before it is refused as busy (default 10 seconds).</summary>
    public TimeSpan PerformanceBoardWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often each host reloads what an admin may change on another host sharing the store: the working-day calendars
    /// and the offices' time zones (default 5 seconds). A change made on this host applies here at once.
    /// </summary>
    public TimeSpan SharedSettingsRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The host secret tracking tokens are derived from (base64, at least 32 bytes; see <see cref="TrackingTokens"/>). It is
    /// not in the database; every host serving the same store must have the same one. The Designer host reads or creates
    /// it in its data directory when not set.
    /// </summary>
    public string? TrackingTokenSecret { get; set; }
}
