using StoryBot.Commands;

namespace StoryBot.Tests.Commands;

public class MarkdownProseTests
{
    [Theory]
    [InlineData("She was *not* going.", "She was *not* going.")]
    [InlineData("It was **very** late.", "It was **very** late.")]
    [InlineData("***Never*** again.", "***Never*** again.")]
    [InlineData("a _quiet_ word", "a _quiet_ word")]
    [InlineData("an __underlined__ word", "an __underlined__ word")]
    [InlineData("~~struck~~ out", "~~struck~~ out")]
    [InlineData("*The Hobbit*, by **him**", "*The Hobbit*, by **him**")]
    [InlineData("\"*Run!*\" she said.", "\"*Run!*\" she said.")]
    [InlineData("*bold with _inner_ italic*", "*bold with _inner_ italic*")]
    public void EscapeProse_WellFormedEmphasis_IsKept(string input, string expected) =>
        Assert.Equal(expected, Markdown.EscapeProse(input));

    [Theory]
    [InlineData("5 * 3 = 15", "5 \\* 3 = 15")]
    [InlineData("a stray * star", "a stray \\* star")]
    [InlineData("*unclosed emphasis", "\\*unclosed emphasis")]
    [InlineData("snake_case_name", "snake\\_case\\_name")]
    [InlineData("* list item", "\\* list item")]
    [InlineData("*across\nlines*", "\\*across\n\\lines\\*")]
    [InlineData("*a **b* c**", "*a \\*\\*b* c\\*\\*")]
    [InlineData("~single~", "\\~single\\~")]
    [InlineData("****four****", "\\*\\*\\*\\*four\\*\\*\\*\\*")]
    [InlineData("`code` and ||spoiler|| and [link](x)", "\\`code\\` and \\|\\|spoiler\\|\\| and \\[link\\](x)")]
    public void EscapeProse_StrayOrUnsafeMarkers_RenderLiterally(string input, string expected)
    {
        var escaped = Markdown.EscapeProse(input);

        Assert.Equal(expected.Replace("\n\\lines", "\nlines", StringComparison.Ordinal), escaped);
    }

    [Fact]
    public void EscapeProse_Mentions_AreStillBroken()
    {
        var escaped = Markdown.EscapeProse("*@everyone* look at <@123456789012345678>");

        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<@1", escaped, StringComparison.Ordinal);
        Assert.StartsWith("*", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseEscaper_PiecesOfOneText_KeepEmphasisThatSpansThePieces()
    {
        const string text = "She was *not going* there.";
        var escape = Markdown.ProseEscaper(text);

        var joined = escape(0, 12) + escape(12, text.Length - 12);

        Assert.Equal(text, joined);
    }
}
