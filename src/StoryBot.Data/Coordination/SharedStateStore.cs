using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Coordination;

/// <summary>
/// Small named documents that several bot processes read and change under one exclusive lock, through the store they
/// share (the identify ledger of the Discord shards). SQLite: <c>BEGIN IMMEDIATE</c> (one writer at a time across
/// processes on the file); PostgreSQL: a transaction-scoped advisory lock on the name, taken as the transaction's first
/// statement under READ COMMITTED, so the read after it sees the last holder's commit (under SERIALIZABLE the snapshot
/// would predate the lock and the write fail with 40001). The table is created on first use (no migration: it holds only
/// transient coordination state), on PostgreSQL under an advisory lock of its own, since concurrent
/// <c>CREATE TABLE IF NOT EXISTS</c> can collide there.
/// </summary>
public sealed class SharedStateStore(IDbContextFactory<StoryDbContext> contexts)
{
    private const string SqliteTable = "CREATE TABLE IF NOT EXISTS SharedState (Name TEXT NOT NULL PRIMARY KEY, Value TEXT NOT NULL)";
    private const string PostgresTable = "CREATE TABLE IF NOT EXISTS shared_state (name text PRIMARY KEY, value text NOT NULL)";

    private bool _tableReady;

    /// <summary>
    /// Reads the document <paramref name="name"/> (null when absent), lets <paramref name="change"/> compute the new one
    /// and a result, writes it back and commits — all under the lock, so no other process interleaves.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string name, Func<string?, (string NewValue, T Result)> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) ?? false;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Volatile.Read(ref _tableReady))
            {
                await CreateTableAsync(connection, postgres, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _tableReady, true);
            }

            // Microsoft.Data.Sqlite: IsolationLevel.Serializable without deferral is BEGIN IMMEDIATE (the write lock at once).
            // PostgreSQL: READ COMMITTED takes a fresh snapshot per statement, so the read after the lock is current.
            await using var transaction = await connection.BeginTransactionAsync(postgres ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            if (postgres)
            {
                await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('storybot.shared_state:' || @name))", cancellationToken, name).ConfigureAwait(false);
            }

            string? current;
            await using (var read = Command(connection, transaction, postgres ? "SELECT value FROM shared_state WHERE name = @name" : "SELECT Value FROM SharedState WHERE Name = @name", name))
            {
                current = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }

            var (newValue, result) = change(current);
            var upsert = postgres
                ? "INSERT INTO shared_state (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value"
                : "INSERT INTO SharedState (Name, Value) VALUES (@name, @value) ON CONFLICT (Name) DO UPDATE SET Value = excluded.Value";
            await using (var write = Command(connection, transaction, upsert, name))
            {
                var value = write.CreateParameter();
                value.ParameterName = "@value";
                value.Value = newValue;
                write.Parameters.Add(value);
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task CreateTableAsync(DbConnection connection, bool postgres, CancellationToken cancellationToken)
    {
        if (!postgres)
        {
            await ExecuteAsync(connection, null, SqliteTable, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('storybot.shared_state'))", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, PostgresTable, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, string? name = null)
    {
        await using var command = Command(connection, transaction, sql, name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, string? name)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (name is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
