using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using StoryBot.Data.Postgres;

namespace StoryBot.Data.Import;

/// <summary>Picks the import implementation for the context's open connection.</summary>
internal static class ImportStores
{
    public static IImportStore For(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new SqliteImportStore(sqlite),
        NpgsqlConnection postgres => new PostgresImportStore(postgres),
        _ => throw new NotSupportedException($"No importer for {connection.GetType().Name}."),
    };
}
