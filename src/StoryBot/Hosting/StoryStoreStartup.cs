using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data;

namespace StoryBot.Hosting;

/// <summary>
/// Runs before the front ends start (hosted services start in order): validates the command catalog, migrates the
/// database and imports the seed folder, so the first command already sees the stories.
/// </summary>
public sealed partial class StoryStoreStartup(
    IServiceScopeFactory scopeFactory,
    CommandCatalog catalog,
    IOptions<StoriesOptions> options,
    ILogger<StoryStoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        catalog.Validate();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!options.Value.ImportOnStart)
        {
            return;
        }

        var seedPath = PathResolver.Resolve(options.Value.SeedPath);
        if (!Directory.Exists(seedPath))
        {
            LogNoSeeds(seedPath);
            return;
        }

        await SeedImport.RunAsync(scope.ServiceProvider, seedPath, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {SeedPath} does not exist; nothing imported")]
    private partial void LogNoSeeds(string seedPath);
}
