using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// A session-level PostgreSQL advisory lock on an open connection: the server drops it when the session ends (a killed
/// process never leaves it behind), and <see cref="Dispose"/> releases it explicitly.
/// </summary>
internal sealed class PostgresAdvisoryLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly NpgsqlConnection connection;
    private readonly long key;
    private bool released;

    private PostgresAdvisoryLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>Waits for the lock as long as another session holds it; <paramref name="waiting"/> is called once if it must wait.</summary>
    public static async Task<IDisposable> AcquireAsync(NpgsqlConnection connection, long key, TimeProvider time, Action waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(waiting);
        bool told = false;
        while (!await TryTakeAsync(connection, key, cancellationToken).ConfigureAwait(false))
        {
            if (!told)
            {
                waiting();
                told = true;
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        return new PostgresAdvisoryLock(connection, key);
    }

    /// <summary>Takes the lock if it is free; null when another session holds it.</summary>
    public static async Task<IDisposable?> TryAcquireAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken) =>
        await TryTakeAsync(connection, key, cancellationToken).ConfigureAwait(false) ? new PostgresAdvisoryLock(connection, key) : null;

    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        if (connection.State == System.Data.ConnectionState.Open)
        {
            using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.ExecuteNonQuery();
        }
    }

    private static async Task<bool> TryTakeAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }
}
