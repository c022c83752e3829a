using Microsoft.Extensions.Hosting;

namespace StoryBot.Shell;

/// <summary>Runs the console shell inside the host (so background features work) and stops the host when it ends.</summary>
public sealed class ShellHostedService(ConsoleShell shell, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await shell.RunAsync(stoppingToken).ConfigureAwait(false);
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
