using Microsoft.Data.Sqlite;

namespace StoryBot.Tests.Support;

/// <summary>
/// Connection strings that keep a test database's connections out of Microsoft.Data.Sqlite's pool, for every harness.
/// <see cref="SqliteConnection.ClearAllPools"/> is process-wide and test classes run in parallel. In
/// Microsoft.Data.Sqlite 6.0 a clear that lands while a pooled connection is being handed out (<c>Activate</c> marks it
/// active before it records its owner, so for an instant it looks leaked) reclaims it and disposes its native handle
/// under the connection just opened: the next command throws <see cref="ObjectDisposedException"/> ('SQLitePCL.sqlite3').
/// A connection that belongs to no pool cannot be reached by any clear, and the file can be deleted without one.
/// </summary>
public static class UnpooledSqlite
{
    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString();
}
