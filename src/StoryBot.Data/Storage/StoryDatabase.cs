using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Storage;

/// <summary>
/// Brings the database file up to date: migrations, WAL, and a search index left half-built by a crashed bulk load or
/// out of step with the paragraphs (checked by count at every start, repaired by a rebuild).
/// </summary>
public sealed partial class StoryDatabase(IDbContextFactory<StoryDbContext> contexts, ILogger<StoryDatabase> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:")
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        await MigrationState.MigrateIfNeededAsync(db, cancellationToken, logger).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Raw commands, not LINQ: a LINQ query here would build the model and compile a query before the bot is ready.
            // WAL lets the bot read while an import writes; it is stored in the file (":memory:" answers "memory").
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            // Repairs only while no import is writing (one may be live in another process: its paused triggers and its
            // index are its own business until it ends, and it ends by indexing what it wrote).
            using ImportLock? idle = ImportLock.TryAcquire((SqliteConnection)db.Database.GetDbConnection());
            if (idle is null)
            {
                LogImportRunning(logger);
                return;
            }

            command.CommandText = "SELECT count(*) FROM StoreFlags WHERE Key = '" + StoreFlag.SearchIndexDeferred + "';";
            bool interrupted = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
            if (interrupted)
            {
                LogRebuilding(logger);
            }
            else
            {
                // Every paragraph has exactly one row in the index's docsize table; a difference means rows were lost (or
                // left behind) by a writer that bypassed the triggers. Two counts, a few milliseconds on a 100 MB store.
                command.CommandText = SearchIndex.CountsSql;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                long paragraphs = reader.GetInt64(0);
                long indexed = reader.GetInt64(1);
                if (paragraphs == indexed)
                {
                    return;
                }

                LogHealing(logger, paragraphs, indexed);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await SearchIndex.RebuildAsync(db, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was left deferred by an interrupted import; rebuilding it")]
    private static partial void LogRebuilding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index holds {Indexed} paragraphs of {Paragraphs}; rebuilding it")]
    private static partial void LogHealing(ILogger logger, long paragraphs, long indexed);

    [LoggerMessage(Level = LogLevel.Information, Message = "An import is running in another process; the search index is left to it")]
    private static partial void LogImportRunning(ILogger logger);
}
