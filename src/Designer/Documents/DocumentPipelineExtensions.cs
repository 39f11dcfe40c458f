using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Mpp.Workflows.Engine.Email;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Engine.Pdf.LongTerm;
using Mpp.Workflows.Engine.Pdf.Remote;
using Mpp.Workflows.Designer.Hosting;
using Mpp.Workflows.Designer.Seeding;
using Mpp.Workflows.Engine.Documents;
using Mpp.Workflows.Engine.Mail;
using Mpp.Workflows.Engine.Outbox;
using Mpp.Workflows.Engine.Scheduling;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// The document and mail pipeline: renderer with the configured letterhead, signer (PKCS#12 from <c>Signing:*</c> or the
/// development certificate under the data directory), SMTP or pickup-directory transport (<c>Mail:*</c>), the outbox
/// dispatcher, run by the job server (<see cref="OutboxDispatchJob"/>) and enqueued after every state-changing request.
/// </summary>
internal static class DocumentPipelineExtensions
{
    public const string PublicBaseUrlKey = "PublicBaseUrl";

    public static WebApplicationBuilder AddDocumentPipeline(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.Configure<Letterhead>(configuration.GetSection(Letterhead.SectionName));
        services.Configure<SigningOptions>(configuration.GetSection(SigningOptions.SectionName));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<DocumentOptions>, DocumentOptionsDefaults>();

        services.AddSingleton<IDocumentRenderer>(sp => new PdfDocumentRenderer(sp.GetRequiredService<IOptions<Letterhead>>().Value));
        RequireSigningCertificate(configuration, builder.Environment);
        _ = TimestampAuthority(configuration);
        var remote = RemoteSigning(configuration);
        services.AddSingleton<IDocumentSigner>(sp => remote is null
            ? CreateSigner(sp, configuration)
            : new OfficialOrOfficeSigner(
                new BsreSigner(RemoteSigningClient, remote, sp.GetRequiredService<IOptions<DocumentOptions>>().Value.BaseUrl + "/verify"),
                CreateSigner(sp, configuration)));
        services.AddHostedService<SigningStartupNotice>();
        services.AddSingleton<IMailTransport>(sp => CreateTransport(sp.GetRequiredService<IOptions<MailOptions>>().Value, configuration));
        services.AddSingleton<DocumentIssuer>();
        services.AddSingleton(sp => new PermitTemplateCatalog(sp.GetRequiredService<IOptions<DocumentOptions>>().Value.TemplatesDirectory));
        services.AddSingleton<DocumentRegistry>();
        services.AddSingleton<PermitRenewals>();
        services.AddRecurringJob<PermitExpiryReminderJob>(PermitExpiryReminderJob.Id, PermitExpiryReminderJob.Cron);
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxTrigger>();
        services.AddTransient<IStartupFilter, OutboxTriggerStartupFilter>();
        services.AddRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Id, OutboxDispatchJob.Cron);
        return builder;
    }

    /// <summary>One connection pool for the signing service; each request has its own timeout (<c>Signing:Remote:Timeout</c>).</summary>
    private static readonly HttpClient RemoteSigningClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// The signing service's settings when <c>Signing:Mode</c> is <c>Remote</c>, checked now so that a host with unusable
    /// settings refuses to start (naming each problem) instead of failing at the first signature; null in <c>Local</c> mode.
    /// </summary>
    private static RemoteSigningOptions? RemoteSigning(IConfiguration configuration)
    {
        var signing = configuration.GetSection(SigningOptions.SectionName).Get<SigningOptions>() ?? new SigningOptions();
        if (signing.Mode != SigningMode.Remote)
        {
            return null;
        }

        var problems = signing.Remote.Validate();
        return problems.Count == 0
            ? signing.Remote
            : throw new InvalidOperationException("Signing:Mode is Remote but the signing service is not usable: " + string.Join(" ", problems));
    }

    private static IDocumentSigner CreateSigner(IServiceProvider services, IConfiguration configuration)
    {
        var signing = services.GetRequiredService<IOptions<SigningOptions>>().Value;
        var timestamps = TimestampAuthority(configuration) is { } url ? new TimestampClient(url, timeout: signing.TimestampTimeout) : null;
        var revocation = signing.LongTermValidation
            ? new RevocationFetcher(timeout: signing.RevocationTimeout, logger: services.GetRequiredService<ILoggerFactory>().CreateLogger<RevocationFetcher>())
            : null;
        if (!string.IsNullOrWhiteSpace(signing.CertificatePath))
        {
            return PdfSigner.FromPkcs12(Path.GetFullPath(signing.CertificatePath), signing.CertificatePassword, timestamps, revocation);
        }

        var letterhead = services.GetRequiredService<IOptions<Letterhead>>().Value;
        return new PdfSigner(
            DevelopmentCertificate.EnsureCreated(DataDirectory.Resolve(configuration), letterhead), timestamps: timestamps, revocation: revocation);
    }

    /// <summary>
    /// <c>Signing:TimestampUrl</c> as an absolute http(s) address, or null when unset; the host refuses to start on anything
    /// else rather than sign without the timestamp the office asked for.
    /// </summary>
    internal static Uri? TimestampAuthority(IConfiguration configuration)
    {
        var value = configuration[$"{SigningOptions.SectionName}:{nameof(SigningOptions.TimestampUrl)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new InvalidOperationException(
                $"Signing:TimestampUrl is '{value}', which is not an http(s) address. Set it to the RFC 3161 timestamp authority's URL "
                + "(e.g. the TSA of BSrE/BSSN), or remove it to sign without a timestamp.");
    }

    /// <summary>
    /// Outside Development a permit must carry the office's signature: without <c>Signing:CertificatePath</c> (or with a path
    /// that does not exist) the host refuses to start instead of signing with a self-signed certificate nobody trusts.
    /// </summary>
    private static void RequireSigningCertificate(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[$"{SigningOptions.SectionName}:{nameof(SigningOptions.CertificatePath)}"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(Path.GetFullPath(path)))
            {
                throw new InvalidOperationException(
                    $"Signing:CertificatePath names '{Path.GetFullPath(path)}', which does not exist. Set it to the office's PKCS#12 "
                    + "signing certificate (and Signing:CertificatePassword).");
            }

            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Signing:CertificatePath is not set. Outside Development ({environment.EnvironmentName}) documents must be signed with the "
                + "office's certificate: set Signing:CertificatePath (env Signing__CertificatePath) to its PKCS#12 file and "
                + "Signing:CertificatePassword. Only Development signs with a self-signed certificate under the data directory.");
        }
    }

    private static IMailTransport CreateTransport(MailOptions mail, IConfiguration configuration) =>
        mail.IsSmtpConfigured
            ? new SmtpMailTransport(mail)
            : new PickupDirectoryMailTransport(mail, mail.ResolvePickupDirectory(DataDirectory.Resolve(configuration)));

    /// <summary>
    /// <c>PublicBaseUrl</c> when set, else the first address the server listens on; the templates beside the routes
    /// (<c>workflows/templates</c>) unless <c>Documents:TemplatesDirectory</c> names a folder.
    /// </summary>
    private sealed class DocumentOptionsDefaults(IConfiguration configuration, IServer server) : IPostConfigureOptions<DocumentOptions>
    {
        public void PostConfigure(string? name, DocumentOptions options)
        {
            options.PublicBaseUrl = configuration[PublicBaseUrlKey] is { Length: > 0 } configured ? configured : ServerUrl();
            options.TemplatesDirectory = configuration[$"{DocumentOptions.SectionName}:{nameof(DocumentOptions.TemplatesDirectory)}"] is { Length: > 0 } folder
                ? Path.GetFullPath(folder)
                : Path.Combine(WorkflowsDirectory.Locate(configuration) ?? Path.GetFullPath("workflows"), "templates");
        }

        /// <summary>
        /// The address the host listens on. The options are often first read before the server has started and filled its
        /// address list, so the configured URLs (<c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>HTTP_PORTS</c>) come next: links
        /// printed into signed documents must not name a default port the host does not listen on.
        /// </summary>
        private string ServerUrl()
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                ?? (configuration["http_ports"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } port
                    ? $"http://localhost:{port}"
                    : null)
                ?? DefaultUrls.Default;
            return address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        }
    }

    /// <summary>Triggers the outbox after every successful state-changing request (the commit has happened by then).</summary>
    private sealed class OutboxTriggerStartupFilter(OutboxTrigger trigger) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                await nextMiddleware(context);
                if (!HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode < 400)
                {
                    trigger.Notify();
                }
            });
            next(app);
        };
    }
}
