using Festival.Application.Reminders;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Jobs;

/// <summary>
/// Sends <see cref="SendRemindersCommand"/> at start and every <see cref="ReminderOptions.PollInterval"/>. It keeps no
/// state of its own: what was sent is in the database, so a restart, or another instance running the same loop, sends
/// nothing twice.
/// </summary>
internal sealed class ReminderScheduler(
    IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Never hold up the host's start.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendRemindersCommand(), stoppingToken);
                if (result.Succeeded)
                {
                    foreach (var sent in result.Value.Reminders)
                    {
                        logger.LogInformation("Sent {Job} {Slot} to {Emails} accounts", sent.Job, sent.Slot, sent.Emails);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the next poll tries again, and nothing was half-sent (one transaction).
                logger.LogError(ex, "The reminder job failed; it tries again at its next poll.");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
