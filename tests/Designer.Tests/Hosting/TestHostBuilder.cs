using Microsoft.AspNetCore.Hosting;
using Mpp.Workflows.Engine.Pdf;
using Mpp.Workflows.Testing;
using Mpp.Workflows.Testing.Tsa;

namespace Mpp.Workflows.Designer.Tests.Hosting;

/// <summary>
/// The one place that says how the tests start the Designer host, in process (<see cref="ApplyTo"/>, for a
/// <c>WebApplicationFactory</c>) or as a child process (<see cref="EnvironmentVariables"/>): Development, so the demo accounts
/// exist with <see cref="DemoPassword"/>; the repository's routes; a data directory of the test's own; the store
/// (<see cref="OnSqlite"/>, <see cref="OnPostgresAsync"/>); the run's loopback timestamp authority for signatures; and how
/// much the host logs. Tests that start the host differently on purpose say so with <see cref="InEnvironment"/>, <see cref="With(string, string?)"/> and <see cref="Without"/>.
/// </summary>
public sealed class TestHostBuilder
{
    public const string DemoPassword = "demo12345";

    /// <summary>The timestamp authority the host's signatures use; the shared loopback TSA unless a test says otherwise.</summary>
    public const string TimestampUrlKey = "Signing:TimestampUrl";

    private const string LogLevelKey = "Logging:LogLevel:Default";
    private static readonly string? LogLevelAsked = System.Environment.GetEnvironmentVariable("MPP_TEST_LOG_LEVEL");

    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);

    public TestHostBuilder(string dataDirectory)
    {
        settings["DataDirectory"] = dataDirectory;
        settings["Workflows:Directory"] = RepoPaths.Workflows;
        settings["Seed:DemoPassword"] = DemoPassword;

        // Fast password hashes (honoured in Development only) and limits no ordinary test reaches: the tests that prove the
        // production values (Security/*) set them back.
        settings["Auth:PasswordIterations"] = "1000";
        settings["Auth:SignIn:FailuresPerUserName"] = "1000";
        settings["Auth:SignIn:FailuresPerAddress"] = "1000";
        settings["Submissions:PermitsPerAddress"] = "100000";

        // Every document a test host issues is timestamped, as an office's would be (PAdES B-T), by the run's one loopback
        // TSA (openssl ts); a test of unsigned-time documents says so with Without(TimestampUrlKey).
        settings[TimestampUrlKey] = TestTimestampAuthority.Shared.GetAwaiter().GetResult().Url.ToString();

        // Information-level logs from every test host would bury the test runner's own output (and CI shows only its end);
        // MPP_TEST_LOG_LEVEL=Information brings them back, with timestamps, when a test needs explaining.
        settings[LogLevelKey] = LogLevelAsked ?? "Warning";
        settings["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ";
    }

    /// <summary>The hosting environment; Development unless told.</summary>
    public string EnvironmentName { get; private set; } = "Development";

    /// <summary>The configuration keys and values the host starts with.</summary>
    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>
    /// Settings for the host as a child process: configuration keys as environment variables (<c>:</c> as <c>__</c>). A child's
    /// output is kept for failure messages, not written to the runner's, so it logs at the host's own level unless
    /// MPP_TEST_LOG_LEVEL asks for another.
    /// </summary>
    public IReadOnlyDictionary<string, string?> EnvironmentVariables =>
        settings.Where(s => LogLevelAsked is not null || s.Key != LogLevelKey)
            .Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value))
            .Append(KeyValuePair.Create("ASPNETCORE_ENVIRONMENT", (string?)EnvironmentName))
            .ToDictionary(StringComparer.Ordinal);

    public TestHostBuilder InEnvironment(string environment)
    {
        EnvironmentName = environment;
        return this;
    }

    public TestHostBuilder With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public TestHostBuilder With(IEnumerable<KeyValuePair<string, string?>> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return this;
    }

    public TestHostBuilder Without(string key)
    {
        settings.Remove(key);
        return this;
    }

    /// <summary>
    /// A PKCS#12 signing certificate of the host's own (a self-signed one made for the test in the data directory, as an
    /// office's certificate file would be configured): hosts outside Development refuse to start without one.
    /// </summary>
    public TestHostBuilder WithSigningCertificate()
    {
        var directory = Path.Combine(settings["DataDirectory"]!, "certificate");
        DevelopmentCertificate.EnsureCreated(directory).Dispose();
        return With("Signing:CertificatePath", Path.Combine(directory, DevelopmentCertificate.FileName))
            .With("Signing:CertificatePassword", File.ReadAllText(Path.Combine(directory, DevelopmentCertificate.PasswordFileName)).Trim());
    }

    /// <summary>The embedded default store: SQLite in the data directory.</summary>
    public TestHostBuilder OnSqlite() => With("Storage:Provider", "Sqlite");

    /// <summary>A new database, named after <paramref name="prefix"/>, on the shared throwaway PostgreSQL server.</summary>
    public async Task<TestHostBuilder> OnPostgresAsync(string prefix)
    {
        var server = await PostgresTestServer.GetAsync();
        return With("Storage:Provider", "Postgres").With("ConnectionStrings:Postgres", await server.CreateDatabaseAsync(prefix));
    }

    /// <summary>Starts a <c>WebApplicationFactory</c>'s host with these settings.</summary>
    public void ApplyTo(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
