using StoryBot.Data.Search;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Search;

public sealed class StorySearchTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync();
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task SearchAsync_Rasengan_ReturnsRankedPassagesWithTheWordHighlighted()
    {
        await using var db = store.Context();

        SearchResult result = await new StorySearch(db).SearchAsync("Rasengan", 5, null, CancellationToken.None);

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

    [Theory]
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

        SearchResult result = await new StorySearch(db).SearchAsync(input, 5, null, CancellationToken.None);

        Assert.True(result.Hits.Count > 0 || result.Message is not null || result.Match is not null);
        Assert.True(await TestStore.Scalar(db, "SELECT count(*) FROM Paragraphs") > 0);
    }

    [Fact]
    public async Task SearchAsync_StoryFilter_OnlyThatStory()
    {
        await using var db = store.Context();
        int storyId = db.Stories.Single(s => s.Slug == "second-chances").Id;

        SearchResult result = await new StorySearch(db).SearchAsync("Naruto", 20, storyId, CancellationToken.None);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(storyId, h.StoryId));
    }

    [Fact]
    public async Task SearchAsync_Phrase_MatchesWordsInOrder()
    {
        await using var db = store.Context();

        SearchResult result = await new StorySearch(db).SearchAsync("\"nine tailed\"", 5, null, CancellationToken.None);

        Assert.All(result.Hits, h => Assert.Contains("nine", h.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ToMarkdown_SnippetWithMarkdown_EscapesAllButTheHighlight()
    {
        var hit = new SearchHit(1, 1, "s", "s", 1, 1, null, 0, "a *b* c_d Rasengan", [new HighlightRange(10, 8)], 0);

        Assert.Equal("a \\*b\\* c\\_d **Rasengan**", SearchHighlighter.ToMarkdown(hit));
    }
}
