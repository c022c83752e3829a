using Microsoft.Extensions.Hosting;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>Runs the console shell inside the host (so background features work) and stops the host when it ends.</summary>
public sealed class ShellHostedService(ConsoleShell shell, SessionEnd sessionEnd, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await shell.RunAsync(stoppingToken).ConfigureAwait(false);

            // :quit or end of input: a normal end, not a restart (a running game says so, quietly).
            sessionEnd.MarkEndedNormally();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is already stopping.
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
