using StoryBot.Commands;

namespace StoryBot.Tests.Commands;

public class MarkdownTests
{
    [Theory]
    [InlineData("*bold*", "\\*bold\\*")]
    [InlineData("__under__", "\\_\\_under\\_\\_")]
    [InlineData("~~gone~~", "\\~\\~gone\\~\\~")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("||spoiler||", "\\|\\|spoiler\\|\\|")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("line\n## Heading", "line\n\\## Heading")]
    [InlineData("-# small", "\\-# small")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https://evil.example)")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("Naruto's #1 fan", "Naruto's #1 fan")]
    [InlineData("well-known - fine", "well-known - fine")]
    public void Escape_MarkdownSyntax_RendersLiterally(string input, string expected) =>
        Assert.Equal(expected, Markdown.Escape(input));

    [Theory]
    [InlineData("@everyone look")]
    [InlineData("hey @here")]
    [InlineData("<@123456789012345678>")]
    [InlineData("<@&123456789012345678>")]
    [InlineData("<#123456789012345678>")]
    public void Escape_Mentions_AreBrokenWithZeroWidthSpace(string input)
    {
        var escaped = Markdown.Escape(input);

        Assert.Contains(Markdown.ZeroWidthSpace, escaped);
        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<@1", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("<#1", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_PlainProse_IsUnchanged()
    {
        const string prose = "Naruto never thought he could hate someone as much as he did right now. \"I'm not going to run away!\"";

        Assert.Equal(prose, Markdown.Escape(prose));
    }

    [Fact]
    public void Truncate_LongText_CutsAtWordBoundaryWithEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));

        var cut = Markdown.Truncate(text, 50);

        Assert.True(cut.Length <= 50);
        Assert.EndsWith("word…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_NeverLeavesDanglingEscape()
    {
        var text = Markdown.Escape(new string('*', 60));

        var cut = Markdown.Truncate(text, 31);

        Assert.DoesNotMatch(@"(?<!\\)(\\\\)*\\…$", cut);
    }
}
