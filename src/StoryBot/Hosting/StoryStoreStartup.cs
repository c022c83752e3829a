using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Data.Hosting;

namespace StoryBot.Hosting;

/// <summary>
/// Runs before the front ends start (hosted services start in registration order): validates the command catalog,
/// migrates the database and imports the seed folder, so the first command already sees the stories.
/// </summary>
public sealed partial class StoryStoreStartup(
    StoryDataInitializer initializer,
    CommandCatalog catalog,
    ILogger<StoryStoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        catalog.Validate();
        var report = await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (report is not null)
        {
            LogImported(report.Summary);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import: {Report}")]
    private partial void LogImported(string report);
}
