using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// Nineteenth-century tags: <c>returned Mr. Crumb</c>, <c>rejoined the Archdeacon</c>, <c>the Queen went on</c>, which
/// are also ordinary verbs ("he returned to the window"), and ranks of church and crown (<c>said the Queen</c>).
/// </summary>
public class VictorianTagTests
{
    private static readonly CharacterList Close = new(
    [
        new Character("Theophilus Thorne", ["Dr. Thorne", "Archdeacon Thorne"], Gender.Male),
        new Character("Josiah Crumb", ["Mr. Crumb", "Crumb"], Gender.Male),
        new Character("Lavinia Ashby", ["Miss Ashby"], Gender.Female),
    ]);

    private static IReadOnlyList<AttributedLine> Attribute(string text, CharacterList list) =>
        SpeakerAttributor.Attribute(TestChapters.FromText(text.Replace("\r\n", "\n", StringComparison.Ordinal)), list);

    [Theory]
    [InlineData("\"A raw evening,\" returned Mr. Crumb.", "Josiah Crumb")]
    [InlineData("\"A raw evening,\" Mr. Crumb rejoined, with a bow.", "Josiah Crumb")]
    [InlineData("\"A raw evening,\" resumed Miss Ashby.", "Lavinia Ashby")]
    [InlineData("\"A raw evening,\" Miss Ashby went on, \"and a wet one.\"", "Lavinia Ashby")]
    [InlineData("\"A raw evening,\" went on Mr. Crumb.", "Josiah Crumb")]
    [InlineData("\"Is it raw?\" returned Mr. Crumb.", "Josiah Crumb")]
    [InlineData("\"A raw evening,\" pursued the Archdeacon.", "Theophilus Thorne")]
    [InlineData("\"A raw evening,\" interposed Miss Ashby.", "Lavinia Ashby")]
    public void Attribute_PostTagVerb_IsTheSpeaker(string text, string speaker)
    {
        var line = Attribute(text, Close)[0];
        Assert.Equal(speaker, line.Speaker);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Theory]
    [InlineData("\"Go away!\" Mr. Crumb returned to the window.")]
    [InlineData("\"Go away.\" Mr. Crumb returned to the window.")]
    [InlineData("\"Go away?\" Mr. Crumb went on with his dinner.")]
    [InlineData("Mr. Crumb returned to the window. \"Go away.\"")]
    public void Attribute_PostTagVerbAsOrdinaryVerb_IsNoTag(string text)
    {
        var line = Attribute(text, Close)[0];
        Assert.False(line.Speaker is not null && line.Confidence >= AttributionThresholds.Trivia && line.Sieve == Sieves.NamedTag,
            $"{line.Speaker} {line.Confidence} {line.Sieve}");
    }

    [Fact]
    public void Attribute_ParagraphEndingInReturnedTo_LeadsIntoNoQuote()
    {
        const string text = """
            "You are late," said Miss Ashby.

            Mr. Crumb bowed, and returned to the window.

            "I am never late."
            """;
        var lines = Attribute(text, Close);
        Assert.NotEqual(Sieves.ParagraphTag, lines[1].Sieve);
    }

    [Fact]
    public void Attribute_ParagraphEndingInSaidItWas_LeadsIntoNoQuote()
    {
        const string text = """
            "You are late," said Miss Ashby.

            Mr. Crumb came in at seven. He bowed to Miss Ashby so low that his hat swept the floor, and gave her the box, and said it was nothing.

            "It was my mother's."
            """;
        var line = Attribute(text, Close)[1];
        Assert.False(line.Speaker == "Lavinia Ashby" && line.Confidence >= AttributionThresholds.Trivia, $"{line.Speaker} {line.Sieve}");
    }

    [Fact]
    public void Attribute_RankAfterToThe_IsNoSubject()
    {
        var list = new CharacterList([new Character("Queen Griselda", [], Gender.Female), new Character("Prince Tancred", [], Gender.Male)]);
        const string text = """
            "Come in," said the Queen.

            The Prince came in. He bowed to the Queen so low that his hat swept the floor, and kissed her hand, and said,

            "It was my mother's."
            """;
        var line = Attribute(text, list)[1];
        Assert.NotEqual("Queen Griselda", line.Speaker);
    }

    [Theory]
    [InlineData("\"Hush,\" said the Queen.", "Queen Griselda")]
    [InlineData("\"Hush,\" returned the King.", "King Pumphrey")]
    [InlineData("\"Hush,\" rejoined the Archdeacon.", "Theophilus Thorne")]
    [InlineData("\"Hush,\" observed the Reverend Mr. Mole.", "Ebenezer Mole")]
    [InlineData("\"Hush,\" said the Reverend.", "Cuthbert Pellew")]
    public void Attribute_RankOfChurchOrCrown_IsTheOneListedHolder(string text, string speaker)
    {
        var list = new CharacterList(
        [
            new Character("Queen Griselda", ["Griselda"], Gender.Female),
            new Character("King Pumphrey", ["Pumphrey"], Gender.Male),
            new Character("Theophilus Thorne", ["Dr. Thorne", "Archdeacon Thorne"], Gender.Male),
            new Character("Ebenezer Mole", ["Mr. Mole"], Gender.Male),
            new Character("Cuthbert Pellew", ["Mr. Pellew", "Reverend Cuthbert Pellew"], Gender.Male),
        ]);
        var line = Attribute(text, list)[0];
        Assert.Equal(speaker, line.Speaker);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_RankInTheNarration_IsTheHolderForAPronounTag()
    {
        const string text = """
            "That is the nicest thing you have said to me," said Miss Ashby.

            The Archdeacon laughed in spite of himself, and went to the window, where he could see the road between the elms.

            "Here is somebody at last," he said.
            """;
        var line = Attribute(text, Close)[1];
        Assert.Equal("Theophilus Thorne", line.Speaker);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_RankBeforeAName_IsNotTheRankHolder()
    {
        var list = new CharacterList([new Character("Cuthbert Pellew", ["Reverend Cuthbert Pellew"], Gender.Male), new Character("Ebenezer Mole", ["Mr. Mole"], Gender.Male)]);
        Assert.Equal("Ebenezer Mole", Attribute("\"Hush,\" said the Reverend Mr. Mole.", list)[0].Speaker);
    }

    [Fact]
    public void Attribute_RankTwoListedKingsShare_Abstains()
    {
        var list = new CharacterList([new Character("King Pumphrey", [], Gender.Male), new Character("King Osric", [], Gender.Male)]);
        Assert.Null(Attribute("\"Hush,\" said the King.", list)[0].Speaker);
    }
}
