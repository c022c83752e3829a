using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// The unchanged-file shortcut. An import reads and SHA-256-hashes a file only when its length or last-write time
/// differs from the stamp recorded when its chapter was stored (table <c>SourceFileStamps</c>), so a start over an
/// unchanged library stats its files instead of reading them. The hash stays the authority: a file that differs in
/// either is read and hashed, and skipped when the hash still matches (a touched file). Trade-off, as in git and
/// rsync's quick check: an edit that keeps the length and restores the exact last-write time (to the tick) is not seen
/// until the file changes again; <c>touch</c> on the file (any new last-write time) makes the next import hash it.
/// </summary>
internal static class FileStamps
{
    /// <summary>
    /// Files written this shortly before an import started get no stamp: a write that lands in the same timestamp tick
    /// as the read could otherwise hide behind an identical stamp ("racy" files, as git calls them). They are hashed again next time.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    public static Dictionary<int, FileStamp> Read(SqliteConnection connection)
    {
        var stamps = new Dictionary<int, FileStamp>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ChapterId, Length, LastWriteTicks, ContentHash FROM SourceFileStamps";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stamps[reader.GetInt32(0)] = new FileStamp(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3));
        }

        return stamps;
    }

    /// <summary>True when <paramref name="stored"/> vouches that the file still holds <paramref name="before"/>'s bytes.</summary>
    public static bool Vouches(FileStamp? stored, long length, long lastWriteTicks, ExistingChapter before, string settingsHash) =>
        stored is not null && stored.Length == length && stored.LastWriteTicks == lastWriteTicks
        && stored.ContentHash == before.ContentHash && before.SettingsHash == settingsHash;

    /// <summary>Records (or replaces) the stamps of stored chapters, in one transaction.</summary>
    public static void Save(SqliteConnection connection, IEnumerable<(int ChapterId, FileStamp Stamp)> stamps)
    {
        using SqliteTransaction transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO SourceFileStamps (ChapterId, Length, LastWriteTicks, ContentHash) VALUES ($id, $length, $ticks, $hash) " +
            "ON CONFLICT (ChapterId) DO UPDATE SET Length = excluded.Length, LastWriteTicks = excluded.LastWriteTicks, ContentHash = excluded.ContentHash";
        SqliteParameter id = command.Parameters.Add("$id", SqliteType.Integer);
        SqliteParameter length = command.Parameters.Add("$length", SqliteType.Integer);
        SqliteParameter ticks = command.Parameters.Add("$ticks", SqliteType.Integer);
        SqliteParameter hash = command.Parameters.Add("$hash", SqliteType.Text);
        foreach (var (chapterId, stamp) in stamps)
        {
            id.Value = chapterId;
            length.Value = stamp.Length;
            ticks.Value = stamp.LastWriteTicks;
            hash.Value = stamp.ContentHash;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
