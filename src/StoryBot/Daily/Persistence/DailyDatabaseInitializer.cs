using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Storage;

namespace StoryBot.Daily.Persistence;

/// <summary>Applies Daily's migrations at start, before the scheduler runs (hosted services start in order).</summary>
public sealed class DailyDatabaseInitializer(IServiceScopeFactory scopes, ILogger<DailyDatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await MigrationState.MigrateIfNeededAsync(scope.ServiceProvider.GetRequiredService<DailyDbContext>(), cancellationToken, logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
