using System.Collections.Concurrent;

namespace Mpp.Workflows.Designer.Tests.Observability;

/// <summary>Keeps every line the host logs with the values of the scopes it was written in, for tests to read.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLine> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>One line: its category, level, text and the named values of its scopes (innermost last).</summary>
    public sealed record CapturedLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Scope);

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            provider.scopes.ForEachScope(
                (scope, into) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            into[key] = Convert.ToString(value, CultureInfo.InvariantCulture);
                        }
                    }
                },
                values);
            provider.lines.Enqueue(new CapturedLine(category, logLevel, formatter(state, exception), values));
        }
    }
}
