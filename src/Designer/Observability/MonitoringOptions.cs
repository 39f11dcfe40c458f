namespace Mpp.Workflows.Designer.Observability;

/// <summary>Settings of section <c>Monitoring</c>.</summary>
internal sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>The shortest scrape token accepted: a guessable one would open the metrics to anyone.</summary>
    public const int MinimumTokenLength = 32;

    /// <summary>
    /// A secret Prometheus sends as <c>Authorization: Bearer &lt;token&gt;</c> to read <c>/metrics</c> without a staff
    /// account; unset (the default), only signed-in admins read the metrics.
    /// </summary>
    public string? ScrapeToken { get; set; }

    /// <summary>
    /// Where traces go over OTLP (e.g. <c>http://localhost:4317</c>); the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable
    /// counts too. Unset: no traces are exported.
    /// </summary>
    public string? OtlpEndpoint { get; set; }
}
