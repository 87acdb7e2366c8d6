using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Outbox;

/// <summary>
/// Delivers outbox messages in the background of a running host: woken right after a commit that enqueued one,
/// and otherwise every <see cref="OutboxOptions.PollInterval"/>, which also picks up retries that have come due
/// and whatever was pending when the app last stopped.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Never hold up the host's start.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.Reset();
            try
            {
                // A full batch means more may be due: keep going before waiting.
                while (await processor.ProcessBatchAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; an exception escaping here would stop the whole host.
                logger.LogError(ex, "The outbox dispatcher failed; it tries again at its next poll.");
            }

            await WaitAsync(stoppingToken);
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(options.Value.PollInterval, clock, stopWaiting.Token);
        await Task.WhenAny(poll, signal.WaitAsync());
        await stopWaiting.CancelAsync();
    }
}
