using StoryBot.Data.Search;

namespace StoryBot.Data.Tests.Search;

public sealed class SearchHighlighterTests
{
    [Fact]
    public void Ranges_MatchingWords_AreBold()
    {
        const string text = "The nine tails stirred. Nine!";

        string rendered = SearchHighlighter.Render(text, SearchHighlighter.Ranges(text, SearchQuery.Terms("nine")), "**", "**");

        Assert.Equal("The **nine** tails stirred. **Nine**!", rendered);
    }

    [Fact]
    public void Ranges_PrefixOfLongerWord_IsBold()
    {
        const string text = "They were training hard.";

        string rendered = SearchHighlighter.Render(text, SearchHighlighter.Ranges(text, SearchQuery.Terms("train")), "**", "**");

        Assert.Equal("They were **training** hard.", rendered);
    }

    [Fact]
    public void Ranges_ShortTerm_MatchesWholeWordsOnly()
    {
        const string text = "an ant";

        string rendered = SearchHighlighter.Render(text, SearchHighlighter.Ranges(text, SearchQuery.Terms("an")), "**", "**");

        Assert.Equal("**an** ant", rendered);
    }

    [Fact]
    public void Render_MarkdownInText_IsEscapedAroundTheBold()
    {
        const string text = "*ramen* is food";

        string rendered = SearchHighlighter.Render(text, SearchHighlighter.Ranges(text, SearchQuery.Terms("ramen")), "**", "**", SearchHighlighter.EscapeMarkdown);

        Assert.Equal("\\***ramen**\\* is food", rendered);
    }

    [Fact]
    public void Terms_OperatorWords_AreWordsToo()
    {
        Assert.Equal(["ramen", "and", "naruto", "or"], SearchQuery.Terms("ramen AND Naruto OR"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!! ---")]
    public void Terms_NoWords_IsEmpty(string? input)
    {
        Assert.Empty(SearchQuery.Terms(input));
    }

    [Fact]
    public void BuildPrefix_HostileTerm_IsQuoted()
    {
        Assert.Equal("\"nin\"* AND \"ja\"\"\"*", SearchQuery.BuildPrefix(["nin", "ja\""], anyTerm: false));
    }
}
