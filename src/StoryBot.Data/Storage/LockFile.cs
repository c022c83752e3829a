using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Storage;

/// <summary>
/// An operating-system lock on a file beside a SQLite database, the mechanism behind <see cref="ImportLock"/> and
/// <see cref="SqliteMigrationLock"/>: the kernel drops it when the holder ends, however it ends.
/// </summary>
internal static class LockFile
{
    /// <summary>The lock file beside a connection's database, or null for an in-memory (or URI-named) database.</summary>
    public static string? PathBeside(SqliteConnection connection, string suffix)
    {
        ArgumentNullException.ThrowIfNull(connection);
        string source = connection.DataSource;
        return source.Length == 0 || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(source) + suffix;
    }

    /// <summary>Opens and locks <paramref name="path"/>; null while another open file (in any process) holds it.</summary>
    public static FileStream? TryTake(string path)
    {
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a share lock on Windows: either way it belongs
            // to this open file, so a second holder in the same process waits too.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
