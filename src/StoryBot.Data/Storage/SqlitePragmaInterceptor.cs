using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StoryBot.Data.Storage;

/// <summary>
/// Per-connection pragmas: foreign keys on (cascades keep the search index in step), synchronous=NORMAL (safe with WAL,
/// no fsync per commit), temp tables in memory, and a 512 KiB page cache instead of SQLite's 2 MB: the bot keeps up to
/// one pooled connection per concurrent interaction, each growing its own cache, and the pages it reads are in the OS
/// page cache anyway (the importer's single writer sets its own, larger cache). journal_mode=WAL is a property of the
/// file, set once by <see cref="StoryDatabase"/>.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -512;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
