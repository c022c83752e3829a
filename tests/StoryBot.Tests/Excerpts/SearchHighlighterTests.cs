using StoryBot.Excerpts;

namespace StoryBot.Tests.Excerpts;

public class SearchHighlighterTests
{
    [Fact]
    public void Highlight_MatchingWords_AreBold()
    {
        var text = SearchHighlighter.Highlight("The nine tails stirred. Nine!", SearchHighlighter.Terms("nine"));

        Assert.Equal("The **nine** tails stirred. **Nine**!", text);
    }

    [Fact]
    public void Highlight_PrefixOfLongerWord_IsBold()
    {
        var text = SearchHighlighter.Highlight("They were training hard.", SearchHighlighter.Terms("train"));

        Assert.Equal("They were **training** hard.", text);
    }

    [Fact]
    public void Highlight_MarkdownInText_IsEscaped()
    {
        var text = SearchHighlighter.Highlight("*ramen* is @everyone's food", SearchHighlighter.Terms("ramen"));

        Assert.StartsWith("\\***ramen**\\*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_Operators_AreDropped()
    {
        Assert.Equal(["ramen", "naruto"], SearchHighlighter.Terms("ramen AND Naruto OR"));
    }
}
