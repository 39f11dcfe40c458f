using Microsoft.Extensions.Options;
using Mpp.Workflows.Engine.Outbox;

namespace Mpp.Workflows.Designer.Documents;

/// <summary>
/// Runs <see cref="OutboxDispatcher.DispatchDueAsync"/> every <see cref="OutboxOptions.PollInterval"/>, or sooner when a
/// request signals. A failing pass (the database away) is logged and the loop carries on.
/// </summary>
internal sealed class OutboxDispatchService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up (schema migration, seeding) finish before the first claim.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Outbox pass failed; trying again in {Interval}", options.Value.PollInterval);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
