using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>
/// Deletes the library of a server the bot was removed from (GUILD_DELETE) once <c>Libraries:RemovedServerGrace</c>
/// has passed; checks every <c>Libraries:CleanupInterval</c> (and at start).
/// </summary>
public sealed partial class LibraryCleanupService(
    GuildLibraryService libraries,
    IOptions<LibraryLimits> options,
    TimeProvider time,
    ILogger<LibraryCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (ulong guild in await libraries.DeleteExpiredAsync(stoppingToken))
                {
                    LogDeleted(logger, guild);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            try
            {
                await Task.Delay(options.Value.CleanupInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the library of server {GuildId}: the bot left it longer ago than the grace period")]
    private static partial void LogDeleted(ILogger logger, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clean-up of removed servers' libraries failed; retrying later")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
