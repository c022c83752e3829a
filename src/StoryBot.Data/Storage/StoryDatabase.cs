using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Storage;

/// <summary>Brings the database file up to date: migrations, WAL, and a search index left half-built by a crashed bulk load.</summary>
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
            command.CommandText = "SELECT count(*) FROM StoreFlags WHERE Key = '" + StoreFlag.SearchIndexDeferred + "';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                LogRebuilding(logger);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await SearchIndex.RebuildAsync(db, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was left deferred by an interrupted import; rebuilding it")]
    private static partial void LogRebuilding(ILogger logger);
}
