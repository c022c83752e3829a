using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Storage;

namespace StoryBot.Trivia.Persistence;

/// <summary>
/// Brings trivia's tables up to date once per process, before the first query, whichever comes first: the game
/// runner at start or a command typed before it.
/// </summary>
public sealed partial class TriviaDatabase(IDbContextFactory<TriviaDbContext> contexts, ILogger<TriviaDatabase> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    /// <summary>SQLite on the story database file, with trivia's own migrations history table.</summary>
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(TriviaDbContext.MigrationsHistoryTable));

    public async Task<TriviaDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await contexts.CreateDbContextAsync(cancellationToken);
    }

    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                await MigrationState.MigrateIfNeededAsync(context, cancellationToken, logger);
                LogMigrated(logger);
                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trivia tables are up to date")]
    private static partial void LogMigrated(ILogger logger);
}
