using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryBot.Data.Storage;

/// <summary>
/// A cheap answer to "does <c>Migrate()</c> have anything to do?" for a SQLite context: the migration ids compiled into
/// the context's migrations assembly against its history table, read with one raw query. <c>Migrate()</c> itself builds
/// EF's migration services and history model even when nothing is pending (most of a start's database cost), so every
/// store asks this first and migrates only when it says no.
/// </summary>
public static class MigrationState
{
    /// <summary>
    /// True when the database already holds every migration the context knows (its history table lists all their ids).
    /// False for a new or empty file, a missing history table, a pending migration, or a connection that is not a
    /// SQLite file — the caller then runs <c>Migrate()</c>, which is always correct.
    /// </summary>
    public static async Task<bool> IsUpToDateAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.GetDbConnection() is not SqliteConnection connection || !IsExistingFile(connection.DataSource))
        {
            return false;
        }

        string historyTable = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).MigrationsHistoryTableName
            ?? HistoryRepository.DefaultTableName;
        var known = context.GetService<IMigrationsAssembly>().Migrations;
        if (known.Count == 0)
        {
            return true;
        }

        bool opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            // The raw connection, not the context's: the per-connection pragma interceptor is not needed for a read.
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $table";
            command.Parameters.AddWithValue("$table", historyTable);
            if ((long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 0)
            {
                return false;
            }

            command.Parameters.Clear();
            command.CommandText = $"SELECT MigrationId FROM \"{historyTable.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using (SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    applied.Add(reader.GetString(0));
                }
            }

            return known.Keys.All(applied.Contains);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>How long a start waits for another live process that is migrating the same SQLite file.</summary>
    public static readonly TimeSpan MigrationLockWait = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <c>Migrate()</c> unless <see cref="IsUpToDateAsync"/> says there is nothing to apply. Returns whether it migrated.
    /// On SQLite the migration runs under <see cref="SqliteMigrationLock"/>, which clears a lock row left by a killed
    /// process (EF Core would otherwise wait for it forever).
    /// </summary>
    public static async Task<bool> MigrateIfNeededAsync(DbContext context, CancellationToken cancellationToken, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await IsUpToDateAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (context.Database.GetDbConnection() is SqliteConnection connection)
        {
            using SqliteMigrationLock migrationLock = await SqliteMigrationLock.AcquireAsync(
                connection, logger ?? NullLogger.Instance, MigrationLockWait, cancellationToken).ConfigureAwait(false);
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        // A migration may build an index over every row of an existing store (PostgreSQL's word pairs: ~45 s per 100 MB of
        // stories on a busy machine), longer than the command timeout queries get.
        int? timeout = context.Database.GetCommandTimeout();
        context.Database.SetCommandTimeout(MigrationCommandTimeout);
        try
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.Database.SetCommandTimeout(timeout);
        }

        return true;
    }

    /// <summary>The command timeout of a PostgreSQL migration's statements.</summary>
    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(30);

    // Opening a missing file would create it; leave that (and the folder) to Migrate(). In-memory and URI names migrate always.
    private static bool IsExistingFile(string dataSource) =>
        dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        && File.Exists(dataSource);
}
