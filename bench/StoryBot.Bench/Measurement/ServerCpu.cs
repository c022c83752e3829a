using System.Globalization;
using Npgsql;

namespace StoryBot.Bench.Measurement;

/// <summary>
/// CPU (user + system) of the PostgreSQL backends serving one database, read from <c>/proc/&lt;pid&gt;/stat</c>: the server
/// side of a PostgreSQL figure, which the bench process's own CPU time does not include. Backends that exit between two
/// snapshots are lost (Npgsql's pool keeps them open for the figures taken here); background workers (WAL writer,
/// checkpointer, autovacuum) are not counted.
/// </summary>
public sealed class ServerCpu
{
    private static readonly double TicksPerSecond = 100;

    private ServerCpu(Dictionary<int, long> ticks) => Ticks = ticks;

    public IReadOnlyDictionary<int, long> Ticks { get; }

    public static async Task<ServerCpu> SnapshotAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var ticks = new Dictionary<int, long>();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", connection);
        await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                int pid = reader.GetInt32(0);
                ticks[pid] = Read(pid);
            }
        }

        return new ServerCpu(ticks);
    }

    /// <summary>CPU the backends spent since <paramref name="before"/> (new backends count from zero).</summary>
    public TimeSpan Since(ServerCpu before)
    {
        ArgumentNullException.ThrowIfNull(before);
        long ticks = Ticks.Sum(p => p.Value - before.Ticks.GetValueOrDefault(p.Key));
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>utime + stime of a process in clock ticks; 0 when it cannot be read.</summary>
    public static long Read(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
