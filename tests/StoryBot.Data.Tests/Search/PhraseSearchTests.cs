using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

/// <summary>
/// Phrases of common words on both stores: only paragraphs with the words side by side (punctuation between them does
/// not count, as in FTS5), a prefix phrase, words an apostrophe or a hyphen splits, and a phrase with another word.
/// On PostgreSQL these go through the word-pair index; the answers must be the plain search's.
/// </summary>
public abstract class PhraseSearchTests : IAsyncLifetime
{
    private const string Adjacent = "He came over and over again, and the sun went down.";
    private const string Apart = "And then it was over.";
    private const string Comma = "They were over, and done with it.";
    private const string Prefix = "She looked over anything that moved.";
    private const string Split = "It's well-known that the owners don't know it.";

    private TestStore store = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.Write("phrases/chapter-1.txt", Chapters.Text("Phrases", 1, Adjacent, Apart, Comma, Prefix, Split));
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreTheory]
    [InlineData("\"over and\"", new[] { Adjacent, Comma })]
    [InlineData("\"OVER And\"", new[] { Adjacent, Comma })]
    [InlineData("\"over an\"*", new[] { Adjacent, Comma, Prefix })]
    [InlineData("\"over and\" sun", new[] { Adjacent })]
    [InlineData("\"don't know\"", new[] { Split })]
    [InlineData("\"well known\"", new[] { Split })]
    [InlineData("\"came over and over\"", new[] { Adjacent })]
    [InlineData("\"came over an\"*", new[] { Adjacent })]
    public async Task SearchAsync_Phrase_OnlyParagraphsWithTheWordsSideBySide(string query, string[] expected)
    {
        await using var db = store.Context();

        SearchResult result = await StorySearches.For(db).SearchAsync(query, 10, null, CancellationToken.None);

        Assert.True(result.MatchedAll);
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Hits.Select(h => Paragraph(db, h.ChapterId, h.ParagraphIndex)).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, hit => Assert.NotEmpty(hit.Highlights));
    }

    [StoreFact]
    public async Task FindPassageAsync_PhraseOfCommonWords_FindsAParagraphWithThePhrase()
    {
        await using var db = store.Context();

        PassageHit? hit = await StorySearches.For(db).FindPassageAsync("\"over and\"", new SearchScope(null, null, IncludeMature: true), CancellationToken.None);

        Assert.NotNull(hit);
        Assert.True(hit.MatchedAll);
        Assert.Contains(Paragraph(db, hit.ChapterId, hit.ParagraphIndex), new[] { Adjacent, Comma });
    }

    [StoreFact]
    public async Task SearchAsync_PhraseNowhereButWordsAre_PartialMatch()
    {
        await using var db = store.Context();

        SearchResult result = await StorySearches.For(db).SearchAsync("\"then over\" done", 10, null, CancellationToken.None);

        Assert.False(result.MatchedAll);
        Assert.NotEmpty(result.Hits);
    }

    private static string Paragraph(StoryDbContext db, int chapterId, int index) =>
        db.Paragraphs.Single(p => p.ChapterId == chapterId && p.Index == index).Text;
}
