using StoryBot.Testing;
using StoryBot.Data.Storage;
using StoryBot.Data.Search;
using StoryBot.Data.Tests.Support;
using StoryBot.Data.Libraries;
using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Tests.Search;

public abstract class StorySearchTests : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task SearchAsync_Rasengan_ReturnsRankedPassagesWithTheWordHighlighted()
    {
        await using var db = store.Context();

        SearchResult result = await StorySearches.For(db).SearchAsync("Rasengan", 5, null, CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            Assert.NotEmpty(hit.Highlights);
            Assert.All(hit.Highlights, h => Assert.Equal("rasengan", hit.Snippet.Substring(h.Start, h.Length).ToLowerInvariant()));
            Assert.Contains("**", SearchHighlighter.ToMarkdown(hit), StringComparison.Ordinal);
        });
        Assert.Equal(result.Hits.OrderBy(h => h.Score).Select(h => h.ParagraphId), result.Hits.Select(h => h.ParagraphId));
    }

    [StoreTheory]
    [InlineData("\"")]
    [InlineData("\"Rasengan")]
    [InlineData("Rasengan*")]
    [InlineData("NEAR(Rasengan")]
    [InlineData("-Rasengan")]
    [InlineData("Text:Rasengan")]
    [InlineData("Rasengan AND")]
    [InlineData("OR")]
    [InlineData("^Rasengan")]
    [InlineData("(((")]
    [InlineData("'; DROP TABLE Paragraphs; --")]
    [InlineData("!!!???")]
    [InlineData("\u0002\u0003")]
    public async Task SearchAsync_HostileInput_NeverThrows(string input)
    {
        await using var db = store.Context();

        SearchResult result = await StorySearches.For(db).SearchAsync(input, 5, null, CancellationToken.None);

        Assert.True(result.Hits.Count > 0 || result.Message is not null || result.Match is not null);
        Assert.True(await TestStore.Scalar(db, "SELECT count(*) FROM \"Paragraphs\"") > 0);
    }

    [StoreFact]
    public async Task SearchAsync_StoryFilter_OnlyThatStory()
    {
        await using var db = store.Context();
        int storyId = db.Stories.Single(s => s.Slug == "second-chances").Id;

        SearchResult result = await StorySearches.For(db).SearchAsync("Naruto", 20, storyId, CancellationToken.None);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(storyId, h.StoryId));
    }

    [StoreFact]
    public async Task SearchAsync_Phrase_MatchesWordsInOrder()
    {
        await using var db = store.Context();

        SearchResult result = await StorySearches.For(db).SearchAsync("\"nine tailed\"", 5, null, CancellationToken.None);

        Assert.All(result.Hits, h => Assert.Contains("nine", h.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [StoreFact]
    public void ToMarkdown_SnippetWithMarkdown_EscapesAllButTheHighlight()
    {
        var hit = new SearchHit(1, 1, "s", "s", 1, 1, null, 0, "a *b* c_d Rasengan", [new HighlightRange(10, 8)], 0);

        Assert.Equal("a \\*b\\* c\\_d **Rasengan**", SearchHighlighter.ToMarkdown(hit));
    }

    [StoreFact]
    public async Task FindPassageAsync_Prefix_FindsTheWholeWordInScope()
    {
        await using var db = store.Context();
        var search = StorySearches.For(db);

        PassageHit? hit = await search.FindPassageAsync("Rasen", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);

        Assert.NotNull(hit);
        string text = db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text;
        Assert.Contains("rasengan", text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await search.FindPassageAsync("Rasen", new SearchScope(null, hit.ChapterId + 10_000, IncludeMature: true), CancellationToken.None));
    }

    [StoreFact]
    public async Task FindPassageAsync_WholeWordAndLongerWords_PrefersTheWholeWord()
    {
        await using var db = store.Context();
        var search = StorySearches.For(db);

        // "train" appears once as a word in the seeds, and inside "trained" and "training" elsewhere.
        PassageHit? hit = await search.FindPassageAsync("train", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);

        Assert.NotNull(hit);
        string text = db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text;
        Assert.Matches(@"(?i)\btrain\b", text);
    }

    [StoreFact]
    public async Task FindPassageAsync_NoParagraphHasEveryWord_FallsBackToAnyWord()
    {
        await using var db = store.Context();

        PassageHit? hit = await StorySearches.For(db).FindPassageAsync("Rasengan zzqqxx", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);

        Assert.NotNull(hit);
        string text = db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text;
        Assert.Contains("rasengan", text, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public async Task FindPassageAsync_RandomDialoguePick_ReturnsADialogueParagraphNamingThem()
    {
        await using var db = store.Context();
        var scope = new SearchScope(null, null, IncludeMature: true) { DialogueOnly = true, PickRandom = true };

        PassageHit? hit = await StorySearches.For(db).FindPassageAsync("Naruto", scope, CancellationToken.None);

        Assert.NotNull(hit);
        string text = db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text;
        Assert.Contains("naruto", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(text.Contains('"', StringComparison.Ordinal) || text.Contains('“', StringComparison.Ordinal));
    }

    [StoreFact]
    public void FallbackMatches_UnknownWord_CompletesOnlyThatWordThenAnyWord()
    {
        HashSet<string> known = ["train"];

        Assert.Equal([("\"train\" AND \"rasen\"*", true), ("\"train\" OR \"rasen\"*", false)], StorySearch.FallbackMatches(ParsedQuery.Parse("train rasen"), known));
        Assert.Equal([("\"train\" OR \"hard\"", false)], StorySearch.FallbackMatches(ParsedQuery.Parse("train hard"), new HashSet<string> { "train", "hard" }));
        Assert.Empty(StorySearch.FallbackMatches(ParsedQuery.Parse("train"), known));
        Assert.Equal([("\"nine\" OR \"tails\"", false)], StorySearch.FallbackMatches(ParsedQuery.Parse("\"nine tails\""), new HashSet<string> { "nine", "tails" }));
    }

    [StoreTheory]
    [InlineData("near")]
    [InlineData("NOT")]
    [InlineData("and")]
    public async Task FindPassageAsync_OperatorWord_IsSearchedAsAWord(string word)
    {
        await using var db = store.Context();

        PassageHit? hit = await StorySearches.For(db).FindPassageAsync(word, new SearchScope(null, null, IncludeMature: true), CancellationToken.None);

        Assert.NotNull(hit);
        Assert.True(hit.MatchedAll);
        string text = db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text;
        Assert.Matches("(?i)\\b" + word + "\\b", text);
    }

    [StoreFact]
    public async Task SearchAndFindPassage_NearDead_FindTheExactWordsTheSameWay()
    {
        await using var db = store.Context();
        var search = StorySearches.For(db);

        PassageHit? hit = await search.FindPassageAsync("near dead", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);
        SearchResult result = await search.SearchAsync("near dead", 5, null, CancellationToken.None);

        Assert.NotNull(hit);
        Assert.True(hit.MatchedAll);
        Assert.Contains("near dead", db.Paragraphs.Single(p => p.ChapterId == hit.ChapterId && p.Index == hit.ParagraphIndex).Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.MatchedAll);
        Assert.Equal("near · dead", result.Searched);
        var first = Assert.Single(result.Hits);
        Assert.Equal(hit.ParagraphIndex, first.ParagraphIndex);
        Assert.Contains("**near** **dead**", SearchHighlighter.ToMarkdown(first), StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public async Task SearchAndFindPassage_PhraseNowhere_PartialMatchSaysSo()
    {
        await using var db = store.Context();
        var search = StorySearches.For(db);

        PassageHit? hit = await search.FindPassageAsync("\"nine tails\"", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);
        SearchResult result = await search.SearchAsync("\"nine tails\"", 5, null, CancellationToken.None);

        Assert.NotNull(hit);
        Assert.False(hit.MatchedAll);
        Assert.False(result.MatchedAll);
        Assert.Equal("“nine tails”", result.Searched);
        Assert.NotEmpty(result.Hits);
    }

    [StoreTheory]
    [InlineData("")]
    [InlineData("\" ( * ")]
    [InlineData("zzqqxx")]
    public async Task FindPassageAsync_NothingToFind_ReturnsNull(string query)
    {
        await using var db = store.Context();

        Assert.Null(await StorySearches.For(db).FindPassageAsync(query, new SearchScope(null, null, IncludeMature: true), CancellationToken.None));
    }

    [StoreTheory]
    [InlineData("Naruto")]
    [InlineData("Rasen")]
    [InlineData("\"nine tails\" zzzqqq")]
    public async Task SearchAsync_SharedScopeAndNoServerStories_SameHitsAsEveryLibrary(string query)
    {
        await using var shared = store.Context();
        await using var everything = store.Context();
        everything.UseLibrary(LibraryScope.All);

        SearchResult seen = await StorySearches.For(shared).SearchAsync(query, 10, null, CancellationToken.None);
        SearchResult all = await StorySearches.For(everything).SearchAsync(query, 10, null, CancellationToken.None);

        Assert.Equal(all.Hits.Select(h => (h.ParagraphId, h.Score, h.Snippet)), seen.Hits.Select(h => (h.ParagraphId, h.Score, h.Snippet)));
        Assert.Equal(all.MatchedAll, seen.MatchedAll);
    }

    [StoreFact]
    public async Task SearchAsync_OneServerStoryInTheStore_OnlyItsServerSeesIt()
    {
        int storyId;
        await using (var admin = store.Context())
        {
            admin.UseLibrary(LibraryScope.All);
            storyId = (await admin.Stories.SingleAsync(s => s.Slug == "second-chances")).Id;
            await admin.Database.ExecuteSqlRawAsync("UPDATE \"Stories\" SET \"GuildId\" = 42 WHERE \"Slug\" = 'second-chances'");
        }

        await using var shared = store.Context();
        await using var server = store.Context();
        server.UseLibrary(LibraryScope.OwnLibrary(42));

        SearchResult outside = await StorySearches.For(shared).SearchAsync("Naruto", 50, null, CancellationToken.None);
        SearchResult inside = await StorySearches.For(server).SearchAsync("Naruto", 50, null, CancellationToken.None);

        Assert.NotEmpty(outside.Hits);
        Assert.DoesNotContain(outside.Hits, h => h.StoryId == storyId);
        Assert.NotEmpty(inside.Hits);
        Assert.All(inside.Hits, h => Assert.Equal(storyId, h.StoryId));
    }
}
