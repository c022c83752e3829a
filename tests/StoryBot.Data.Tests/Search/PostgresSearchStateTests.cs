using Microsoft.EntityFrameworkCore;
using Npgsql;
using StoryBot.Data.Postgres;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

/// <summary>The server state a PostgreSQL search relies on: its transaction's settings and an index without pending entries.</summary>
public sealed class PostgresSearchStateTests : IAsyncLifetime, IPostgresTests
{
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task BeginAsync_SearchTransaction_ReadOnlyWithoutSynchronizedScans()
    {
        await using var db = store.Context();
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        var (transaction, scalar) = await PostgresSearchTransaction.BeginAsync(connection, "SELECT current_setting('synchronize_seqscans')", CancellationToken.None);
        await using NpgsqlTransaction _ = transaction;
        await using var readOnly = new NpgsqlCommand("SELECT current_setting('transaction_read_only')", connection, transaction);

        Assert.Equal("off", scalar);
        Assert.Equal("on", await readOnly.ExecuteScalarAsync());
    }

    [StoreFact]
    public async Task ImportAsync_Committed_SearchIndexHasNoPendingEntries()
    {
        await using var db = store.Context();

        // gin_clean_pending_list returns how many pending pages it moved into the index: none are left by an import.
        long moved = await db.Database.SqlQueryRaw<long>(
            "SELECT gin_clean_pending_list('\"IX_Paragraphs_SearchVector\"'::regclass) AS \"Value\"").SingleAsync();

        Assert.Equal(0, moved);
    }
}
