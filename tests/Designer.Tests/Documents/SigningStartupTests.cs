using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Mpp.Workflows.Designer.Tests.Hosting;

namespace Mpp.Workflows.Designer.Tests.Documents;

/// <summary>How the host starts with and without <c>Signing:TimestampUrl</c>: what it says once, and what it refuses.</summary>
public sealed class SigningStartupTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("mpp-signing-start-").FullName;

    [Fact]
    public void Start_WithoutTimestampUrl_WarnsOnceThatDocumentsCarryNoTimestamp()
    {
        var logs = new Collected();
        using var factory = Factory(new TestHostBuilder(data).OnSqlite().Without(TestHostBuilder.TimestampUrlKey), logs);

        using var client = factory.CreateClient();

        var warning = Assert.Single(logs.Entries, e => e.Message.Contains("carry no timestamp", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Signing:TimestampUrl", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithTimestampUrl_SaysDocumentsAreTimestampedThere()
    {
        var logs = new Collected();
        using var factory = Factory(new TestHostBuilder(data).OnSqlite().With(TestHostBuilder.TimestampUrlKey, "http://127.0.0.1:9/tsa"), logs);

        using var client = factory.CreateClient();

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("B-T", StringComparison.Ordinal)
            && e.Message.Contains("http://127.0.0.1:9/tsa", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("carry no timestamp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tsa.example.go.id")]
    [InlineData("ftp://tsa.example.go.id/")]
    public void Start_TimestampUrlNotHttp_FailsWithClearMessage(string url)
    {
        using var factory = Factory(new TestHostBuilder(data).OnSqlite().With(TestHostBuilder.TimestampUrlKey, url), new Collected());

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Signing:TimestampUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    private static WebApplicationFactory<Program> Factory(TestHostBuilder settings, Collected logs) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            settings.With("Logging:LogLevel:Mpp.Workflows.Designer.Documents", "Information").ApplyTo(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });

    private sealed class Collected : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) =>
            categoryName.EndsWith(".SigningStartupNotice", StringComparison.Ordinal) ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(Collected owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
