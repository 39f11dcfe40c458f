using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Mpp.Workflows.Designer.Tests.Hosting;
using Mpp.Workflows.Testing;

namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>
/// Lines about one application carry its id and registration number (the command's scope, the outbox row's scope), and
/// Hangfire's routine Information lines are filtered out by the shipped log levels even when the host logs Information.
/// </summary>
public sealed class StructuredLogTests(StructuredLogTests.LoggedHost host) : IClassFixture<StructuredLogTests.LoggedHost>
{
    [Fact]
    public async Task LinesAboutAnApplication_CarryItsIdAndRegistrationNumber()
    {
        var application = await host.SubmitAsync("sip-dokter", SampleData.Sip());
        var id = application.Id.ToString();

        // The command's own line, and the receipt issued from the outbox afterwards.
        List<CapturingLoggerProvider.CapturedLine> about = [];
        await Poll.UntilAsync(
            () => (about = [.. host.Logs.Lines.Where(l => l.Scope.GetValueOrDefault("ApplicationId") == id)]).Any(l => l.Message.StartsWith("Submit committed", StringComparison.Ordinal))
                && about.Any(l => l.Message.StartsWith("Issued Receipt", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60),
            () => "Lines about the application: " + string.Join(" | ", about.Select(l => l.Message)));

        Assert.All(about, line => Assert.Equal(application.RegistrationNumber, line.Scope.GetValueOrDefault("RegistrationNumber")));
        Assert.Contains(about, l => l.Category.EndsWith("DocumentIssuer", StringComparison.Ordinal) && l.Scope.ContainsKey("OutboxRowId"));
    }

    [Fact]
    public void HangfireInformation_IsHiddenByDefault_WarningsStillShow()
    {
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();
        foreach (var category in new[] { "Hangfire.Server.ExpirationManager", "Hangfire.PostgreSql.ExpirationManager", "Hangfire.BackgroundJobServer" })
        {
            var logger = loggers.CreateLogger(category);
            Assert.False(logger.IsEnabled(LogLevel.Information), category);
            Assert.True(logger.IsEnabled(LogLevel.Warning), category);
        }

        Assert.True(loggers.CreateLogger("Mpp.Workflows.Designer.Anything").IsEnabled(LogLevel.Information));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Category.StartsWith("Hangfire", StringComparison.Ordinal) && l.Level < LogLevel.Warning);
    }

    /// <summary>A SQLite host logging Information (the engine Debug) to a capturing provider only.</summary>
    public sealed class LoggedHost : DesignerHost
    {
        public LoggedHost()
        {
            Settings["Logging:LogLevel:Default"] = "Information";
            Settings["Logging:LogLevel:Mpp.Workflows.Engine"] = "Debug";
        }

        public CapturingLoggerProvider Logs { get; } = new();

        protected override Task ConfigureStorageAsync(TestHostBuilder host) => Task.FromResult(host.OnSqlite());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        }
    }
}
