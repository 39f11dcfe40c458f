using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace Mpp.Workflows.Designer.Hosting;

/// <summary>
/// What the host does for every request before the features see it, and what it promises about its own files: forwarded
/// headers from trusted reverse proxies, HTTPS redirection and HSTS when the host serves HTTPS, cookie flags, security
/// headers (<c>X-Content-Type-Options</c>, a content security policy on pages), the API language, the API reference for
/// Development or signed-in staff only, and a data directory only the host's user can read.
/// </summary>
internal static class SecurityHardening
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the request's script nonce (the page's inline import map uses it).</summary>
    public const string CspNonceKey = "mpp.csp-nonce";

    public const string ForwardedHeadersSection = "ForwardedHeaders";

    /// <summary>Third-party pages that bring their own inline scripts: they keep only the headers that do not break them.</summary>
    private static readonly string[] OwnPolicyPaths = ["/hangfire", "/scalar", "/openapi"];

    private static readonly CultureInfo ApiEnglish = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo ApiIndonesian = CultureInfo.GetCultureInfo("id-ID");

    public static WebApplicationBuilder AddSecurityHardening(this WebApplicationBuilder builder)
    {
        ProtectDataDirectory(DataDirectory.Resolve(builder.Configuration));
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, configuration.GetSection(ForwardedHeadersSection)));
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            // Secure whenever the request came over HTTPS (directly or through a trusted proxy); never readable by scripts.
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        if (HttpsPort(configuration) is { } httpsPort)
        {
            builder.Services.AddHttpsRedirection(options => options.HttpsPort = httpsPort);
        }

        return builder;
    }

    /// <summary>The first middleware: everything after it sees the client's real address and scheme and answers with the headers.</summary>
    public static WebApplication UseSecurityHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        if (HttpsPort(app.Configuration) is not null)
        {
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        app.Use(AddSecurityHeaders);
        app.Use(SetApiLanguage);
        return app;
    }

    /// <summary>
    /// <c>/openapi/v1.json</c> and <c>/scalar</c>: open in Development; elsewhere for signed-in staff only (the web UI's cookie or
    /// a bearer token), since the reference maps every route an attacker could try.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var openApi = app.MapOpenApi();
        var scalar = app.MapScalarApiReference();
        if (!app.Environment.IsDevelopment())
        {
            var staff = new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme, BearerTokenDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .Build();
            openApi.RequireAuthorization(staff);
            scalar.RequireAuthorization(staff);
        }

        return app;
    }

    /// <summary>
    /// The port HTTPS redirection sends clients to when the host itself listens on HTTPS (<c>ASPNETCORE_URLS</c>/<c>urls</c>,
    /// <c>https_ports</c> or a Kestrel endpoint); null when it serves plain HTTP only, e.g. behind a TLS-terminating proxy.
    /// </summary>
    public static int? HttpsPort(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["https_ports"] is { Length: > 0 } ports
            && int.TryParse(ports.Split(';', ',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var configured))
        {
            return configured;
        }

        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? string.Empty));
        foreach (var url in urls)
        {
            if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                // "https://+:5443" and "https://*:5443" are not URIs; the port is what matters.
                var portText = url[(url.LastIndexOf(':') + 1)..].TrimEnd('/');
                return int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && url.LastIndexOf(':') > "https:".Length
                    ? port
                    : 443;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are taken from the proxies named in
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), arrays or
    /// comma-separated; without either, only from loopback (a proxy on the same machine). <c>ForwardedHeaders:ForwardLimit</c>
    /// (default 1) is how many proxies in a row are trusted.
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        if (proxies.Count > 0 || networks.Count > 0)
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        }

        if (int.TryParse(section["ForwardLimit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            options.ForwardLimit = limit;
        }
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { Length: > 0 } list ? list.Split(',') : section.GetChildren().Select(c => c.Value ?? string.Empty))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0);

    /// <summary>
    /// Every response: no content sniffing (an uploaded file is served as its detected type and nothing else). Pages also get a
    /// content security policy: scripts and styles from this host only (the Blazor import map by nonce, inline style
    /// attributes for the component libraries), the SignalR connection to this host, no framing, forms posting here only.
    /// </summary>
    private static Task AddSecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api") && !OwnPolicyPaths.Any(p => path.StartsWithSegments(p)))
        {
            // Hex, not base64: a "+" or "/" would come out HTML-encoded in the page and the nonce would not read back as sent.
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Items[CspNonceKey] = nonce;
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy =
                "default-src 'self'; " +
                $"script-src 'self' 'nonce-{nonce}'; " +
                "style-src 'self' 'unsafe-inline'; " +
                "img-src 'self' data: blob:; " +
                "font-src 'self' data:; " +
                "connect-src 'self'; " +
                "object-src 'none'; " +
                "base-uri 'self'; " +
                "form-action 'self'; " +
                "frame-ancestors 'none'";
        }

        return next();
    }

    /// <summary>
    /// The API's language for the messages of the input rules: Indonesian when <c>Accept-Language</c> prefers it, otherwise
    /// English like the rest of the API's problem details. Only the UI culture: numbers and dates keep their invariant forms.
    /// </summary>
    private static Task SetApiLanguage(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var preferred = context.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value ?? string.Empty)
                .FirstOrDefault(l => l.StartsWith("id", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
            CultureInfo.CurrentUICulture = preferred?.StartsWith("id", StringComparison.OrdinalIgnoreCase) == true ? ApiIndonesian : ApiEnglish;
        }

        return next();
    }

    /// <summary>
    /// The data directory holds the database, the keys that sign staff tokens, the signing certificate and citizens' mail: on
    /// Unix the host's files are created readable by its user only (umask 077), and what an earlier start left is tightened
    /// (folders 0700, files 0600).
    /// </summary>
    private static void ProtectDataDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _ = NativeMethods.umask(0b000_111_111);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            entry.UnixFileMode = entry is DirectoryInfo
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code enabled for the project; umask(2) takes and returns an int.
        public static extern int umask(int mask);
#pragma warning restore SYSLIB1054
    }
}
