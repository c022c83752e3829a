using Npgsql;
using StoryBot.Data.Import;

namespace StoryBot.Data.Postgres;

/// <summary>The PostgreSQL import: <see cref="PostgresChapterWriter"/> (binary COPY) and file stamps.</summary>
internal sealed class PostgresImportStore(NpgsqlConnection connection) : IImportStore
{
    public Task<IDisposable> AcquireImportLockAsync(TimeProvider time, Action waiting, CancellationToken cancellationToken) =>
        PostgresAdvisoryLock.AcquireAsync(connection, PostgresChapterWriter.ImportLockKey, time, waiting, cancellationToken);

    public string Describe() => $"PostgreSQL {connection.Host}:{connection.Port}/{connection.Database}";

    public Dictionary<string, ExistingChapter> ReadExisting()
    {
        var map = new Dictionary<string, ExistingChapter>(StringComparer.Ordinal);
        // The shared library's chapters only: a server's uploads are never files of the seed folder (so never moved or pruned).
        using var command = new NpgsqlCommand("SELECT c.\"Id\", c.\"SourcePath\", c.\"ContentHash\", c.\"SettingsHash\" FROM \"Chapters\" c " +
            "JOIN \"Stories\" s ON s.\"Id\" = c.\"StoryId\" WHERE c.\"Part\" = 0 AND s.\"GuildId\" IS NULL", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var chapter = new ExistingChapter(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            map[chapter.SourcePath] = chapter;
        }

        return map;
    }

    public Dictionary<int, FileStamp> ReadStamps()
    {
        var stamps = new Dictionary<int, FileStamp>();
        using var command = new NpgsqlCommand("SELECT \"ChapterId\", \"Length\", \"LastWriteTicks\", \"ContentHash\" FROM \"SourceFileStamps\"", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stamps[reader.GetInt32(0)] = new FileStamp(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3));
        }

        return stamps;
    }

    public void SaveStamps(IEnumerable<(int ChapterId, FileStamp Stamp)> stamps)
    {
        var rows = stamps.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        // One statement for every stamp: unnest of four arrays, upserted (a chapter deleted meanwhile is skipped by the join).
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(
            "INSERT INTO \"SourceFileStamps\" (\"ChapterId\", \"Length\", \"LastWriteTicks\", \"ContentHash\") " +
            "SELECT s.id, s.length, s.ticks, s.hash FROM unnest($1::integer[], $2::bigint[], $3::bigint[], $4::text[]) AS s(id, length, ticks, hash) " +
            "JOIN \"Chapters\" c ON c.\"Id\" = s.id " +
            "ON CONFLICT (\"ChapterId\") DO UPDATE SET \"Length\" = excluded.\"Length\", \"LastWriteTicks\" = excluded.\"LastWriteTicks\", " +
            "\"ContentHash\" = excluded.\"ContentHash\"",
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.ChapterId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Stamp.Length).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Stamp.LastWriteTicks).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Stamp.ContentHash).ToArray() });
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public IChapterWriter CreateWriter(TimeProvider time) => new PostgresChapterWriter(connection, time);

    public ILibraryWriter CreateLibraryWriter(TimeProvider time, ulong guildId) => new PostgresLibraryWriter(connection, time, guildId);
}
