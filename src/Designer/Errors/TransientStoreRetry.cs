using System.Data.Common;

namespace Mpp.Workflows.Designer.Errors;

/// <summary>
/// A request the database refused for a moment (a restart, a failover, a connection cut) is run again, twice at most, when
/// running it again cannot do harm: a read (<c>GET</c>, <c>HEAD</c>), or a command sent with an <c>Idempotency-Key</c>,
/// which answers a repeat with the first result. Nothing else is retried: a command's transaction is whole or absent, and
/// its client gets 503 with <c>Retry-After</c> (<see cref="StoreUnavailableExceptionHandler"/>) to decide for itself. A
/// response that has begun is never retried.
/// </summary>
internal static class TransientStoreRetry
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var safe = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || request.Headers.ContainsKey("Idempotency-Key");
        if (!safe)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        request.EnableBuffering();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (IsTransient(exception) && attempt < Delays.Length && !context.Response.HasStarted
                && !context.RequestAborted.IsCancellationRequested)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TransientStoreRetry))
                    .LogWarning(exception, "The database refused {Method} {Path} for now; running it again ({Attempt} of {Attempts})",
                        request.Method, request.Path, attempt + 1, Delays.Length);
                await Task.Delay(Delays[attempt], context.RequestAborted).ConfigureAwait(false);
                context.Response.Clear();
                request.Body.Position = 0;
            }
        }
    }

    /// <summary>
    /// Whether the database refused for a moment: a transient <see cref="DbException"/> anywhere in the chain of causes,
    /// including each of an <see cref="AggregateException"/>'s (a multi-host connection string that finds no primary during a
    /// failover reports "No suitable host was found." with every host's own transient failure inside).
    /// </summary>
    public static bool IsTransient(Exception exception) => IsTransient(exception, depth: 0);

    private static bool IsTransient(Exception? exception, int depth) => exception switch
    {
        null => false,
        _ when depth > 8 => false,
        DbException { IsTransient: true } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(e => IsTransient(e, depth + 1)),
        _ => IsTransient(exception.InnerException, depth + 1),
    };
}
