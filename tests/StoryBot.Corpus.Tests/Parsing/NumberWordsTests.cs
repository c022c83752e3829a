using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class NumberWordsTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("One", 1)]
    [InlineData("twelve", 12)]
    [InlineData("Twenty-One", 21)]
    [InlineData("twenty one", 21)]
    [InlineData("Forty", 40)]
    [InlineData("Ninety-Nine", 99)]
    [InlineData("One Hundred", 100)]
    [InlineData("two hundred and five", 205)]
    [InlineData("Third", 3)]
    [InlineData("Twenty-First", 21)]
    [InlineData("IV", 4)]
    [InlineData("xiv", 14)]
    public void TryParse_NumbersAsAuthorsWriteThem_Parsed(string value, int expected)
    {
        Assert.True(NumberWords.TryParse(value, out int number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Naruto")]
    [InlineData("one two")]
    [InlineData("IIII")]
    [InlineData("twenty thirty")]
    public void TryParse_NotANumber_False(string value)
    {
        Assert.False(NumberWords.TryParse(value, out _));
    }
}
