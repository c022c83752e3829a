using Microsoft.Data.Sqlite;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Import;

/// <summary>The SQLite import: <see cref="ChapterWriter"/>, FTS5 bulk loading, file stamps.</summary>
internal sealed class SqliteImportStore(SqliteConnection connection) : IImportStore
{
    public async Task<IDisposable> AcquireImportLockAsync(TimeProvider time, Action waiting, CancellationToken cancellationToken) =>
        await ImportLock.AcquireAsync(connection, time, waiting, cancellationToken).ConfigureAwait(false);

    public string Describe() => connection.DataSource;

    public Dictionary<string, ExistingChapter> ReadExisting()
    {
        var map = new Dictionary<string, ExistingChapter>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        // The shared library's chapters only: a server's uploads are never files of the seed folder (so never moved or pruned).
        command.CommandText = "SELECT c.Id, c.SourcePath, c.ContentHash, c.SettingsHash FROM Chapters c JOIN Stories s ON s.Id = c.StoryId " +
            "WHERE c.Part = 0 AND s.GuildId IS NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var chapter = new ExistingChapter(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            map[chapter.SourcePath] = chapter;
        }

        return map;
    }

    public Dictionary<int, FileStamp> ReadStamps() => FileStamps.Read(connection);

    public void SaveStamps(IEnumerable<(int ChapterId, FileStamp Stamp)> stamps) => FileStamps.Save(connection, stamps);

    public IChapterWriter CreateWriter(TimeProvider time) => new ChapterWriter(connection, time);

    public ILibraryWriter CreateLibraryWriter(TimeProvider time, ulong guildId) => new SqliteLibraryWriter(connection, time, guildId);
}
