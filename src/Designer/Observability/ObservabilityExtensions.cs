using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Mpp.Workflows.Designer.Health;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Observability;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mpp.Workflows.Designer.Observability;

/// <summary>
/// Monitoring: OpenTelemetry metrics (the engine's <see cref="EngineTelemetry"/> meter, ASP.NET Core's request durations,
/// outgoing HTTP, the .NET runtime, Npgsql's connection pool) scraped by Prometheus at <see cref="MetricsPath"/> (admins, or
/// the configured scrape token); traces (commands, requests, SQL) exported over OTLP only when an endpoint is configured; and
/// the liveness and readiness probes beside <c>/health</c>.
/// </summary>
internal static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>The service name traces and metrics carry.</summary>
    public const string ServiceName = "mpp-workflows";

    private const string MetricsPolicy = "MetricsReader";
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var monitoring = builder.Configuration.GetSection(MonitoringOptions.Section);
        services.AddOptions<MonitoringOptions>().Bind(monitoring)
            .Validate(
                o => string.IsNullOrEmpty(o.ScrapeToken) || o.ScrapeToken.Length >= MonitoringOptions.MinimumTokenLength,
                $"Monitoring:ScrapeToken must be at least {MonitoringOptions.MinimumTokenLength} characters.")
            .ValidateOnStart();

        // Metrics always (nothing leaves the host unless scraped); traces only towards a configured collector.
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(EngineTelemetry.MeterName, "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // Every scrape reads the store afresh (EngineTelemetry.RefreshGaugesAsync): no cached answer.
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        var otlp = builder.Configuration[OtlpEndpointVariable] is { Length: > 0 } variable ? variable : monitoring[nameof(MonitoringOptions.OtlpEndpoint)];
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            otel.WithTracing(tracing => tracing
                .AddSource(EngineTelemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp)));
        }

        // The mail transport as configured, counted.
        var transport = services.LastOrDefault(d => d.ServiceType == typeof(IMailTransport))
            ?? throw new InvalidOperationException("Add the document pipeline (the mail transport) before observability.");
        services.Remove(transport);
        services.AddSingleton<IMailTransport>(provider => new MeteredMailTransport(
            (IMailTransport)(transport.ImplementationInstance ?? transport.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, transport.ImplementationType!))));

        services.AddSingleton<IAuthorizationHandler, MetricsReaderHandler>();
        services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, BearerTokenDefaults.AuthenticationScheme)
            .AddRequirements(new MetricsReaderRequirement()));
        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthApi.ReadinessOnlyTag]);
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: RefreshGauges, optionsName: null)
            .RequireAuthorization(MetricsPolicy);

        // Liveness: the process answers (no check runs). Readiness: migrated, and the store answers.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthApi.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthApi.ReadinessOnlyTag) || check.Name == HealthApi.StoreCheck,
            ResponseWriter = HealthApi.WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Before the exporter collects, the gauges read the store; when it does not answer they stay empty for this scrape and
    /// the rest (request durations, runtime) is still served.
    /// </summary>
    private static void RefreshGauges(IApplicationBuilder branch) =>
        branch.Use(async (context, next) =>
        {
            var services = context.RequestServices;
            try
            {
                await services.GetRequiredService<EngineTelemetry>().RefreshGaugesAsync(context.RequestAborted);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ObservabilityExtensions))
                    .LogWarning(e, "The store's gauges could not be read for this scrape");
            }

            await next(context);
        });
}
