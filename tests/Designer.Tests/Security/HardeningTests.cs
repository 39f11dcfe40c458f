using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Security;

/// <summary>
/// Issue 10, production hardening: the API reference only for Development or signed-in staff, HTTPS redirection and HSTS
/// when the host serves HTTPS, forwarded headers from trusted proxies only, cookie flags, security headers, uploads named by
/// their detected type, a data directory only the host's user reads, no self-signed signing outside Development, and the
/// language switch's return address checked by the framework's rule.
/// </summary>
public sealed class HardeningTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Theory]
    [InlineData("/%09/x")]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Culture_WithAReturnUrlThatIsNotLocal_RedirectsHome(string returnUrl)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync($"/culture/en?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Culture_WithALocalReturnUrl_RedirectsThere()
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/culture/en?returnUrl=%2Fapply%2Fsip-dokter");

        Assert.Equal("/apply/sip-dokter", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/%C3%A9", "/%C3%A9")]
    [InlineData("/%E3%80%80/evil.com", "/%E3%80%80/evil.com")]
    [InlineData("/apply/sip-dokter?q=%C3%A9%20x", "/apply/sip-dokter?q=%C3%A9%20x")]
    public async Task Culture_WithANonAsciiLocalReturnUrl_RedirectsThereInAscii(string returnUrl, string location)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync($"/culture/en?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithANonAsciiReturnUrl_RedirectsThereInAscii()
    {
        var browser = new AddressedClient(host.Server, AddressedClient.NewAddress());

        var reply = await browser.SignInThroughFormAsync("admin", DesignerHost.Password, "/login?ReturnUrl=%2F%C3%A9");

        Assert.Equal(302, reply.Status);
        Assert.EndsWith("/%C3%A9", reply.Location, StringComparison.Ordinal);
        Assert.All(reply.Location!, c => Assert.True(c < 0x7F));
    }

    [Fact]
    public async Task OnKestrel_ANonAsciiReturnUrlRedirects_AndNoResponseNamesTheServer()
    {
        var data = Directory.CreateTempSubdirectory("mpp-kestrel-").FullName;
        try
        {
            await using var child = await ChildHost.StartAsync(new TestHostBuilder(data).OnSqlite());
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = child.Address };

            using var culture = await client.GetAsync("/culture/en?returnUrl=%2F%E3%80%80%2Fevil.com");
            using var api = await client.GetAsync("/api/nothing-here");

            Assert.True(culture.StatusCode == HttpStatusCode.Redirect, $"{culture.StatusCode} {child.Output}");
            Assert.Equal("/%E3%80%80/evil.com", culture.Headers.Location?.OriginalString);
            Assert.False(culture.Headers.Contains("Server"));
            Assert.False(api.Headers.Contains("Server"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Responses_CarryNoSniff_AndPagesAContentSecurityPolicyWhoseNonceTheImportMapCarries()
    {
        using var client = host.CreateClient();
        using var page = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/nothing-here");

        Assert.Equal(["nosniff"], page.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["nosniff"], api.Headers.GetValues("X-Content-Type-Options"));
        // Blazor adds its own "frame-ancestors 'self'" policy for interactive pages; a browser enforces both.
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"), p => p.Contains("default-src", StringComparison.Ordinal));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var nonce = policy.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_IsStoredUnderTheExtensionOfItsDetectedType_NotTheClientsName()
    {
        using var client = host.CreateClient();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SampleData.Submission("sip-dokter", SampleData.Sip()).ToJsonString(), Encoding.UTF8, "application/json"), "application" },
        };
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html");
        content.Add(file, "dokumenStr", "ktp.html");
        using var response = await client.PostAsync("/api/applications/with-files", content);
        var created = await Problems.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToJsonString());

        using var staff = await host.ClientAsync("dpmptsp.frontoffice");
        var item = Assert.Single((await staff.GetFromJsonAsync<JsonArray>($"/api/applications/{created["id"]}/attachments"))!)!;
        using var download = await staff.GetAsync($"/api/attachments/{item["id"]}");

        Assert.Equal("ktp.png", (string?)item["fileName"]);
        Assert.Equal("ktp.png", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task DataDirectory_FoldersAndFiles_AreTheHostUsersOnly()
    {
        await host.TokenAsync("admin");
        var root = new DirectoryInfo(host.DataDirectory);
        var entries = root.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Where(e => e.LinkTarget is null).Append(root).ToList();

        Assert.Contains(entries, e => e.Name == "mpp.db");
        Assert.Contains(entries, e => e.Name == "tracking-token.key");
        Assert.All(entries, e => Assert.True(
            (e.UnixFileMode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) == 0,
            $"{e.FullName} is {e.UnixFileMode}"));
    }

    [Fact]
    public void Start_OutsideDevelopmentWithoutSigningCertificate_FailsNamingTheSetting()
    {
        var data = Directory.CreateTempSubdirectory("mpp-data-").FullName;
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(
                new TestHostBuilder(data).OnSqlite().InEnvironment("Production").ApplyTo);
            var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
            Assert.Contains("Signing:CertificatePath", error.Message, StringComparison.Ordinal);

            using var missing = new WebApplicationFactory<Program>().WithWebHostBuilder(
                new TestHostBuilder(data).OnSqlite().InEnvironment("Production").With("Signing:CertificatePath", Path.Combine(data, "none.p12")).ApplyTo);
            Assert.Contains("Signing:CertificatePath", Assert.Throws<InvalidOperationException>(() => missing.CreateClient()).Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "signing-dev.pfx")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task ApiReference_OutsideDevelopment_OnlyForSignedInStaff()
    {
        var data = Directory.CreateTempSubdirectory("mpp-data-").FullName;
        try
        {
            // The accounts come from a first start in Development on the same data; production seeds none.
            using (var development = new WebApplicationFactory<Program>().WithWebHostBuilder(new TestHostBuilder(data).OnSqlite().ApplyTo))
            {
                using var _ = development.CreateClient();
            }

            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(
                new TestHostBuilder(data).OnSqlite().InEnvironment("Production").WithSigningCertificate().ApplyTo);
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using var anonymousDocument = await client.GetAsync("/openapi/v1.json");
            using var anonymousScalar = await client.GetAsync("/scalar/");
            using var token = await client.PostAsJsonAsync("/api/auth/token", new { username = "dinkes.reviewer", password = DesignerHost.Password });
            client.DefaultRequestHeaders.Authorization = new("Bearer", (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!);
            var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
            using var scalar = await client.GetAsync("/scalar/");

            Assert.True(anonymousDocument.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, anonymousDocument.StatusCode.ToString());
            Assert.True(anonymousScalar.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, anonymousScalar.StatusCode.ToString());
            Assert.DoesNotContain("/api/tasks", await anonymousDocument.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(document!["paths"]!["/api/tasks/{id}/complete"]);
            Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task ServingHttps_RedirectsHttpAndSendsHsts_AndCookiesAreSecureHttpOnlyLax()
    {
        using var factory = host.WithWebHostBuilder(builder => builder.UseSetting("urls", "https://localhost:5443;http://localhost:5080"));
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://mpp.example/") });
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://mpp.example/") });

        using var redirected = await http.GetAsync("/apply/sip-dokter");
        using var page = await https.GetAsync("/login");
        using var culture = await https.GetAsync("/culture/en?returnUrl=/");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://mpp.example:5443/apply/sip-dokter", redirected.Headers.Location?.ToString());
        Assert.Contains("max-age=", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Equal(2, cookies.Count);
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task ForwardedHeaders_AreTakenFromConfiguredProxiesOnly()
    {
        using var factory = host.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ForwardedHeaders:KnownProxies", "10.0.0.5");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ConnectionFrom>());
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://mpp.example/") });

        async Task<HttpResponseMessage> ViaAsync(string proxy)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/culture/en?returnUrl=/");
            request.Headers.Add(ConnectionFrom.Header, proxy);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            return await client.SendAsync(request);
        }

        using var trusted = await ViaAsync("10.0.0.5");
        using var untrusted = await ViaAsync("10.0.0.6");

        Assert.True(trusted.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("; secure", Assert.Single(trusted.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.False(untrusted.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", Assert.Single(untrusted.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The test server has no network connection: this gives each request the proxy address its test header names.</summary>
    private sealed class ConnectionFrom : IStartupFilter
    {
        public const string Header = "X-Test-Connection-From";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
