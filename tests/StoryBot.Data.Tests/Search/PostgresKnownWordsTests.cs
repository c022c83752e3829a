using Microsoft.EntityFrameworkCore;
using Npgsql;
using StoryBot.Data.Postgres;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

public sealed class PostgresKnownWordsTests : IAsyncLifetime, IPostgresTests
{
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindAsync_WithOrWithoutPlannerStatistics_SameWholeWords(bool analyzed)
    {
        await using var db = store.Context();
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (analyzed)
        {
            // After ANALYZE the common words are answered from pg_stats, the others through the index.
            await using var analyze = new NpgsqlCommand("ANALYZE \"Paragraphs\"", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        await using NpgsqlTransaction transaction = await PostgresSearchTransaction.BeginAsync(connection, CancellationToken.None);
        HashSet<string> known = await PostgresKnownWords.FindAsync(connection, ParsedQuery.Parse("The rasen zzqqxx train Rasengan \"nine tails\""), CancellationToken.None);

        Assert.Equal(["nine", "rasengan", "the", "train"], known.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task SearchAsync_AfterAnalyze_UnknownWordStillCompletedAsAPrefix()
    {
        await using var db = store.Context();
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"Paragraphs\"");

        SearchResult result = await StorySearches.For(db).SearchAsync("Rasen", 5, null, CancellationToken.None);

        Assert.True(result.MatchedAll);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.Contains("rasen", hit.Snippet, StringComparison.OrdinalIgnoreCase));
    }
}
