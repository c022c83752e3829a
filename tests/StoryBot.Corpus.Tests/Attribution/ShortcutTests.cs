using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// The attributor's shortcuts (a bound found without tokenising, a count without a token list, a first-letter test
/// before a set lookup) must give the answers of the slow way they replace, on any text.
/// </summary>
public class ShortcutTests
{
    private static readonly HashSet<string> Leads = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "my", "our", "this", "that" };

    [Theory]
    [InlineData("the")]
    [InlineData("THE")]
    [InlineData("Their")]
    [InlineData("a")]
    [InlineData("An")]
    [InlineData("mY")]
    [InlineData("OUR")]
    [InlineData("thıs")] // dotless i: ordinal case folding makes it "THIS"
    [InlineData("thé")]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("them")]
    [InlineData("theirs")]
    [InlineData("ab")]
    [InlineData("@n")]
    [InlineData("Án")]
    public void IsLead_AnyWord_AgreesWithTheCaseInsensitiveSet(string word)
    {
        Assert.Equal(Leads.Contains(word), PersonNouns.IsLead(word));
        if (word.Length > 0 && Leads.Contains(word))
        {
            Assert.True(PersonNouns.MayLead(word[0], word.Length));
        }
    }

    [Fact]
    public void NarratorCounts_RandomText_MatchTheTokenizer()
    {
        var random = new Random(7);
        const string alphabet = "II  aI I.I'I-I\"I\" 'I' \u201CI\u201D I\u2019m x9 - ' , \n\nI";
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(20, 600)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var chapter = ChapterParser.ParseText(new string(chars), "fuzz.txt");
            var (words, narrationI) = Exact(chapter);
            Assert.True(NarrationCounts.NarrationIBound(chapter) >= narrationI);
            Assert.Equal((words, narrationI), NarrationCounts.CountNarration(chapter, int.MaxValue));
            var (stopped, _) = NarrationCounts.CountNarration(chapter, 3);
            Assert.Equal(Math.Min(words, 4), stopped);
            for (var enough = 0; enough <= 8; enough++)
            {
                Assert.True(!NarrationCounts.MoreNarrationWordsThan(chapter, enough) || words > enough);
            }
        }
    }

    /// <summary>Word tokens outside quotes, and how many are "I", by tokenising each paragraph.</summary>
    private static (int Words, int I) Exact(ParsedChapter chapter)
    {
        int words = 0, narrationI = 0;
        var tokens = new List<Token>();
        foreach (var paragraph in chapter.Paragraphs)
        {
            tokens.Clear();
            Tokenizer.Tokenize(chapter.Text, paragraph.Range.Start, paragraph.Range.End, tokens);
            foreach (var token in tokens)
            {
                if (token.IsWord && !paragraph.Quotes.Any(q => token.Start >= q.Range.Start && token.Start < q.Range.End))
                {
                    words++;
                    narrationI += token.Length == 1 && chapter.Text[token.Start] == 'I' ? 1 : 0;
                }
            }
        }

        return (words, narrationI);
    }
}
