using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Tests.Unit;

public class TextTruncationTests
{
    [Fact]
    public void Truncate_FitsAlready_Unchanged()
    {
        Assert.Equal("hello world", TextTruncation.Truncate("hello world", 11));
    }

    [Fact]
    public void Truncate_LongText_CutsAtWordBoundaryWithEllipsis()
    {
        var result = TextTruncation.Truncate("the quick brown fox jumps over the lazy dog", 20);

        Assert.Equal("the quick brown fox…", result);
        Assert.True(result.Length <= 20);
    }

    [Fact]
    public void Truncate_OneHugeWord_CutsInsideWord()
    {
        var result = TextTruncation.Truncate(new string('a', 50), 10);

        Assert.Equal(new string('a', 9) + "…", result);
    }

    [Fact]
    public void Truncate_SurrogatePairAtCut_NotSplit()
    {
        var text = new string('a', 8) + "😀" + "bbbbbbbbbb";

        var result = TextTruncation.Truncate(text, 10);

        Assert.True(result.Length <= 10);
        Assert.False(char.IsHighSurrogate(result[^2]));
        Assert.EndsWith("…", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(4096)]
    [InlineData(256)]
    [InlineData(1)]
    public void Truncate_AnyLimit_NeverExceeds(int limit)
    {
        var text = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 800));

        Assert.True(TextTruncation.Truncate(text, limit).Length <= limit);
    }

    [Fact]
    public void Truncate_Null_Empty()
    {
        Assert.Equal("", TextTruncation.Truncate(null, 5));
    }
}
