using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace StoryBot.Data.Storage;

/// <summary>
/// EF Core 10 marks a SQLite migration in progress with a row in <c>__EFMigrationsLock</c> and waits, silently and
/// without end, while such a row exists. A process killed mid-migration leaves the row behind and every later start
/// hangs. This lock makes the row safe to judge: every StoryBot process takes an operating-system lock on a file beside
/// the database (<c>&lt;db&gt;.migrate-lock</c>, released by the kernel when the process dies, however it dies) before
/// it migrates. Whoever holds that lock is the only live migrator, so a row found in <c>__EFMigrationsLock</c> then was
/// left by a dead process: it is deleted with one warning line.
/// </summary>
public sealed partial class SqliteMigrationLock : IDisposable
{
    /// <summary>EF Core's lock table for SQLite (SqliteHistoryRepository.LockTableName).</summary>
    public const string EfLockTable = "__EFMigrationsLock";

    private const string LockSuffix = ".migrate-lock";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream? _file;

    private SqliteMigrationLock(FileStream? file) => _file = file;

    /// <summary>The lock file used for a database file.</summary>
    public static string LockPathFor(string databaseFile) => Path.GetFullPath(databaseFile) + LockSuffix;

    /// <summary>
    /// Takes the cross-process migration lock for <paramref name="connection"/>'s file (nothing to take for an in-memory
    /// database), waiting for another live migrator at most <paramref name="wait"/>, then clears a stale EF lock row.
    /// </summary>
    public static async Task<SqliteMigrationLock> AcquireAsync(
        SqliteConnection connection, ILogger logger, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(logger);
        if (LockFile.PathBeside(connection, LockSuffix) is not { } path)
        {
            return new SqliteMigrationLock(null);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DateTimeOffset giveUp = DateTimeOffset.UtcNow + wait;
        bool told = false;
        FileStream? file;
        while ((file = LockFile.TryTake(path)) is null)
        {
            if (DateTimeOffset.UtcNow >= giveUp)
            {
                throw new InvalidOperationException(
                    $"Another process has been migrating this database for more than {wait.TotalSeconds:0} s (it holds {path}). " +
                    "Stop the other StoryBot process, or wait for it to finish, and start again.");
            }

            if (!told)
            {
                LogWaiting(logger, path);
                told = true;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        var taken = new SqliteMigrationLock(file);
        try
        {
            await ClearStaleRowAsync(connection, logger, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            taken.Dispose();
            throw;
        }

        return taken;
    }

    public void Dispose() => _file?.Dispose();

    private static async Task ClearStaleRowAsync(SqliteConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        if (!File.Exists(connection.DataSource))
        {
            return;
        }

        bool opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + EfLockTable + "'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            command.CommandText = "DELETE FROM \"" + EfLockTable + "\"";
            int removed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (removed > 0)
            {
                LogStaleLockCleared(logger, connection.DataSource);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for another process that is migrating the database (lock {Path})")]
    private static partial void LogWaiting(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Cleared a stale migration lock in {Database}: a process was stopped while migrating it; migrating again")]
    private static partial void LogStaleLockCleared(ILogger logger, string database);
}
