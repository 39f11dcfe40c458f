using Hangfire.Logging;
using Microsoft.Extensions.Hosting;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MicrosoftLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Mpp.Workflows.Engine.Jobs;

/// <summary>
/// Hangfire's own logging goes through one process-wide provider, and Hangfire.AspNetCore points it at the logger factory of
/// the host configured last. Where several hosts share a process (the tests, a host restarted in place) that factory can be
/// disposed while another host's job server still runs, and Hangfire.PostgreSql's workers then fail on every fetch with
/// <see cref="ObjectDisposedException"/>, backing off for minutes: no job runs. This provider writes each entry to the
/// factory of a host that is still running, or drops it when there is none.
/// </summary>
public sealed class HangfireLogRouting : ILogProvider
{
    private static readonly Lock Gate = new();
    private static readonly List<ILoggerFactory> Running = [];

    private HangfireLogRouting()
    {
    }

    public static HangfireLogRouting Instance { get; } = new();

    public ILog GetLogger(string name) => new RoutedLog(name);

    /// <summary>Routes Hangfire's entries to <paramref name="factory"/> until the returned handle is disposed.</summary>
    internal static IDisposable Attach(ILoggerFactory factory)
    {
        lock (Gate)
        {
            Running.Add(factory);
        }

        return new Attachment(factory);
    }

    private static ILoggerFactory? Current()
    {
        lock (Gate)
        {
            return Running.Count == 0 ? null : Running[^1];
        }
    }

    private static MicrosoftLevel Map(HangfireLevel level) => level switch
    {
        HangfireLevel.Trace => MicrosoftLevel.Trace,
        HangfireLevel.Debug => MicrosoftLevel.Debug,
        HangfireLevel.Info => MicrosoftLevel.Information,
        HangfireLevel.Warn => MicrosoftLevel.Warning,
        HangfireLevel.Error => MicrosoftLevel.Error,
        _ => MicrosoftLevel.Critical,
    };

    private sealed class RoutedLog(string name) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Current() is not { } factory)
            {
                return false;
            }

            try
            {
                var logger = factory.CreateLogger(name);
                var level = Map(logLevel);

                // Hangfire asks "is this level on?" with a null message.
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                if (logger.IsEnabled(level))
                {
                    logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                // The host stopped between Current() and the write; its entry is not worth failing a job for.
                return false;
            }
        }
    }

    private sealed class Attachment(ILoggerFactory factory) : IDisposable
    {
        public void Dispose()
        {
            lock (Gate)
            {
                Running.Remove(factory);
            }
        }
    }
}

/// <summary>Attaches the host's logger factory to <see cref="HangfireLogRouting"/> while the host runs.</summary>
internal sealed class HangfireLogRoutingService(ILoggerFactory factory) : IHostedService, IDisposable
{
    private IDisposable? _attachment;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _attachment = HangfireLogRouting.Attach(factory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _attachment?.Dispose();
}
