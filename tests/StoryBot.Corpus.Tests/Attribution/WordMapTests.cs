using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>The sieves' word tables (<see cref="WordMap{TValue}"/>) must answer exactly as the ordinal case-insensitive dictionary they are built from.</summary>
public class WordMapTests
{
    private static readonly Dictionary<string, Gender> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["boy"] = Gender.Male, ["girl"] = Gender.Female, ["child"] = Gender.Unknown, ["mr."] = Gender.Male, ["stranger's"] = Gender.Unknown,
        ["sister"] = Gender.Female, ["his"] = Gender.Male,
    };

    [Theory]
    [InlineData("boy")]
    [InlineData("BOY")]
    [InlineData("Girl")]
    [InlineData("hıs")] // dotless i folds to I
    [InlineData("ſister")] // long s folds to S
    [InlineData("MR.")]
    [InlineData("Stranger’s")]
    [InlineData("STRANGER'S")]
    [InlineData("")]
    [InlineData("boys")]
    [InlineData("bo")]
    [InlineData("gïrl")]
    public void TryGetValue_AnyWord_AgreesWithTheDictionary(string word)
    {
        var map = new WordMap<Gender>(Words);
        Assert.Equal(Words.TryGetValue(word, out var expected), map.TryGetValue(word, out var actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TryGetValue_RandomWords_AgreesWithTheDictionary()
    {
        var map = new WordMap<Gender>(Words);
        var random = new Random(13);
        const string alphabet = "boygirlhsBOYGIRLHS'. ıſé";
        for (var round = 0; round < 20_000; round++)
        {
            var chars = new char[random.Next(0, 7)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var word = new string(chars);
            Assert.Equal(Words.TryGetValue(word, out var expected), map.TryGetValue(word, out var actual));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Constructor_CaseSensitiveDictionary_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WordMap<Gender>(new Dictionary<string, Gender>(StringComparer.Ordinal) { ["boy"] = Gender.Male }));
    }
}
