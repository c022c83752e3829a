using StoryBot.Data.Import;

namespace StoryBot.Data.Tests.Import;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Naruto", 1)]
    [InlineData("don't stop", 2)]
    [InlineData("don’t stop", 2)]
    [InlineData("the half-demon's sword", 3)]
    [InlineData("a--b", 2)]
    [InlineData("'tis the season", 3)]
    [InlineData("end-", 1)]
    [InlineData("-start", 1)]
    [InlineData("a-'b", 2)]
    [InlineData("\"Hello,\" said Lee. 42 times!", 5)]
    [InlineData("Café über naïve", 3)]
    [InlineData("火影 は", 2)]
    public void Count_Text_CountsWords(string text, int expected) => Assert.Equal(expected, WordCounter.Count(text));

    [Fact]
    public void Count_RandomText_MatchesTheCharacterByCharacterDefinition()
    {
        const string alphabet = "ab1 -'’.\"é火\n";
        var random = new Random(8);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.True(Reference(text) == WordCounter.Count(text), $"\"{text}\"");
        }
    }

    /// <summary>The definition, one character at a time: a joiner between two letters or digits keeps the word going.</summary>
    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else if (!(inWord && (c is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                inWord = false;
            }
        }

        return count;
    }
}
