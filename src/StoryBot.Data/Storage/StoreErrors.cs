using Microsoft.Data.Sqlite;
using Npgsql;

namespace StoryBot.Data.Storage;

/// <summary>What a database error means, whichever store raised it.</summary>
public static class StoreErrors
{
    /// <summary>A unique (or primary-key) constraint refused the write: another writer stored the same key first.</summary>
    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        null => false,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => IsUniqueViolation(exception.InnerException),
    };
}
