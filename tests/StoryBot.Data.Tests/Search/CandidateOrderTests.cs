using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

/// <summary>
/// A word in more paragraphs than <see cref="StorySearch.MaxCandidates"/>: the candidates ranked are the earliest matches
/// by paragraph id on both stores (FTS5: rowid order). Two stories of 600 paragraphs each, every one with "zebra"; the
/// best-ranked paragraph is the first of Alpha and the 501st of Beta — past the first 1,000 matches, so never a hit.
/// On PostgreSQL, Beta's ids start in a later search block and Alpha's first paragraph is moved to the end of the table
/// (deleted and written again with its id), so neither block order nor table order can pass for id order. "zebra quokka"
/// ends in the any-word fallback <c>'zebra' | 'quokka':*</c>, read block by block with a prefix.
/// </summary>
public abstract class CandidateOrderTests : IAsyncLifetime
{
    private const int PerStory = 600;
    private const int BetaBest = 500;
    private const string Best = "Zebra zebra.";

    private TestStore store = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.Write("alpha/chapter-1.txt", Chapters.Text("Alpha", 1, [.. Enumerable.Range(0, PerStory).Select(i => i == 0 ? Best : Long(i))]));
        await store.ImportAsync();
        await BeforeSecondStoryAsync(store);
        store.Write("beta/chapter-1.txt", Chapters.Text("Beta", 1, [.. Enumerable.Range(0, PerStory).Select(i => i == BetaBest ? Best : Long(i))]));
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreTheory]
    [InlineData("zebra", false, true)]
    [InlineData("zebra", true, true)]
    [InlineData("ZEBRA zebra", true, true)]
    [InlineData("zebr*", false, true)]
    [InlineData("zebra quokka", true, false)]
    public async Task SearchAsync_MoreMatchesThanCandidates_RanksTheEarliestByParagraphId(string query, bool blocked, bool matchedAll)
    {
        await using var db = store.Context();

        SearchResult result = await Search(db, blocked).SearchAsync(query, 5, null, CancellationToken.None);

        Assert.Equal(matchedAll, result.MatchedAll);
        Assert.Equal(5, result.Hits.Count);
        Assert.Equal(("Alpha", 0), (result.Hits[0].StoryTitle, result.Hits[0].ParagraphIndex));
        Assert.DoesNotContain(result.Hits, hit => hit.StoryTitle == "Beta" && hit.ParagraphIndex == BetaBest);
        Assert.Equal(["Alpha", "Alpha", "Alpha", "Alpha"], result.Hits.Skip(1).Select(hit => hit.StoryTitle));
    }

    /// <summary>The search under test; on PostgreSQL <paramref name="blocked"/> makes the query's words common.</summary>
    protected virtual IStorySearch Search(StoryDbContext db, bool blocked) => StorySearches.For(db);

    /// <summary>Between the two imports (PostgreSQL: a later block for Beta, Alpha's first paragraph moved).</summary>
    private protected virtual Task BeforeSecondStoryAsync(TestStore testStore) => Task.CompletedTask;

    private static string Long(int i) => $"The zebra walked along the quiet road on day {i} of a long journey home.";
}
