using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>The sieves' word lists (<see cref="WordSet"/>) must answer exactly as the ordinal case-insensitive set it is built from, on any input.</summary>
public class WordSetTests
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "this", "is", "Mr", "St", "a", "sister", "o'clock", "to be continued", "x-ray",
    };

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("sAiD")]
    [InlineData("thıs")] // dotless i folds to I: in the set
    [InlineData("ſt")] // long s folds to S: in the set
    [InlineData("ı")]
    [InlineData("MR")]
    [InlineData("mr.")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("b")]
    [InlineData("O'CLOCK")]
    [InlineData("o’clock")]
    [InlineData("To Be Continued")]
    [InlineData("X-RAY")]
    [InlineData("sisters")]
    [InlineData("sai")]
    [InlineData("saïd")]
    [InlineData("@")]
    [InlineData("[")]
    public void Contains_AnyWord_AgreesWithTheSet(string word)
    {
        Assert.Equal(Words.Contains(word), new WordSet(Words).Contains(word));
    }

    [Fact]
    public void Contains_RandomWords_AgreesWithTheSet()
    {
        var set = new WordSet(Words);
        var random = new Random(11);
        const string alphabet = "saidthismrSAIDTHISMR'- ıſKK@[`{é";
        for (var round = 0; round < 20_000; round++)
        {
            var chars = new char[random.Next(0, 8)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var word = new string(chars);
            Assert.Equal(Words.Contains(word), set.Contains(word));
        }
    }

    [Fact]
    public void Contains_SetWithAWordOutsideAscii_AgreesWithTheSet()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "to be continued…", "end" };
        var set = new WordSet(words);
        Assert.True(set.Contains("TO BE CONTINUED…"));
        Assert.True(set.Contains("End"));
        Assert.False(set.Contains("fin"));
    }

    [Fact]
    public void Constructor_CaseSensitiveSet_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WordSet(new HashSet<string>(StringComparer.Ordinal) { "said" }));
    }
}
