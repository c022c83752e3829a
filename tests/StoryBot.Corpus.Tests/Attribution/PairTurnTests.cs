using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Two-person exchanges, he/she between a man and a woman, first-person narrators and reported speech.</summary>
public class PairTurnTests
{
    private static readonly CharacterList Pair = new(
    [
        new Character("Walter Brisk", ["Walter"], Gender.Male),
        new Character("Ada Lorne", ["Ada"], Gender.Female),
    ]);

    private static readonly CharacterList Bar = new(
    [
        new Character("Sam Dorrit", ["Sam"], Gender.Male),
        new Character("Louie", [], Gender.Male),
    ]);

    private static IReadOnlyList<AttributedLine> Attribute(string text, CharacterList characters) =>
        SpeakerAttributor.Attribute(TestChapters.FromText(text), characters);

    private static string[] Sure(string text, CharacterList characters) =>
        [.. Attribute(text, characters).Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Fact]
    public void Attribute_OneSureTurnAndThePairNamedBefore_AlternatesFromIt()
    {
        var text = "Walter Brisk left the car at the gate. Ada Lorne was under the trees.\n\n\"You're late,\" she said.\n\n" +
                   "\"The bridge was out.\"\n\n\"It's always out.\"";
        Assert.Equal(["Ada Lorne", "Walter Brisk", "Ada Lorne"], Sure(text, Pair));
    }

    [Fact]
    public void Attribute_BeatAndAddressedNameAgreeByParity_BothBecomeSure()
    {
        var text = "Walter and Ada sat in the orchard.\n\nWalter set the basket down. \"I had the letters.\"\n\n" +
                   "\"You didn't answer them.\"\n\n\"I answered one.\"\n\n\"One out of eleven, Walter.\"";
        Assert.Equal(["Walter Brisk", "Ada Lorne", "Walter Brisk", "Ada Lorne"], Sure(text, Pair));
    }

    [Fact]
    public void Attribute_SoftAnchorsDisagree_NothingBetweenThemIsSure()
    {
        // Walter's beat and the line addressing Walter are two turns apart: by parity Walter would speak both.
        var text = "Walter and Ada sat in the orchard.\n\nWalter set the basket down. \"I had the letters.\"\n\n" +
                   "\"You didn't answer them.\"\n\n\"One out of eleven, Walter.\"";
        Assert.Equal(["-", "-", "-"], Sure(text, Pair));
    }

    [Fact]
    public void Attribute_HePronounTagBetweenAManAndAWoman_IsTheMan()
    {
        var text = "Walter and Ada sat in the orchard, and the wasps came and went over the fallen pears for a long time.\n\n" +
                   "\"Well?\" Ada said.\n\n\"Well what?\"\n\n\"Tell me.\"\n\n\"There isn't much,\" he said.";
        var lines = Attribute(text, Pair);
        Assert.Equal("Walter Brisk", lines[^1].Speaker);
        Assert.True(lines[^1].Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_BystanderNamedAndAWomanUnnamed_NoPairIsGuessed()
    {
        var text = "Louie was behind the bar.\n\n\"Evening,\" said Louie.\n\nI went back. She was about thirty.\n\n" +
                   "\"Mr. Dorrit?\" she said.\n\n\"That's right.\"\n\n\"I was told you find people.\"\n\n\"Sometimes,\" I said.";
        var lines = Attribute(text, Bar);
        Assert.DoesNotContain(lines, l => l.Speaker == "Louie" && l.Confidence >= AttributionThresholds.Trivia && !l.Quote.Text.StartsWith("Evening", StringComparison.Ordinal));
    }

    [Fact]
    public void Attribute_NarratorNamedInTheNarration_TakesTheFirstPersonTags()
    {
        var text = "My name is Sam Dorrit, and I drink where it is warm.\n\n\"Evening,\" said Louie.\n\n\"Anybody asking for me?\" I asked.";
        Assert.Equal(["Louie", "Sam Dorrit"], Sure(text, Bar));
    }

    [Fact]
    public void Attribute_FirstPersonWithoutANamedNarrator_Abstains()
    {
        var text = "I went in out of the rain.\n\n\"Evening,\" said Louie.\n\n\"Anybody asking for me?\" I asked.";
        Assert.Equal(["Louie", "-"], Sure(text, Bar));
    }

    [Fact]
    public void Attribute_ReportedSpeechEndingAParagraph_LeadsIntoNoQuote()
    {
        var text = "Louie came over and asked if we wanted anything.\n\n\"Coffee. Black.\"";
        Assert.Equal(["-"], Sure(text, Bar));
    }

    [Fact]
    public void Attribute_LineAddressedOutsideThePair_NoOneSidedParityUpToIt()
    {
        // Ada is named in the room but silent; Walter questions Mr. Kell. Until Ada speaks (after Walter's tag), the pair
        // (Walter, Ada) is wrong: the replies to "…, Mr. Kell?" must not go to Ada by parity from Walter's tag.
        var list = new CharacterList(
        [
            new Character("Walter Brisk", ["Walter"], Gender.Male),
            new Character("Ada Lorne", ["Ada"], Gender.Female),
            new Character("Ambrose Kell", ["Mr. Kell"], Gender.Male),
        ]);
        var text = "Ada sat in the window with her work.\n\n\"Did you open it yourself, Mr. Kell?\"\n\n\"I did not.\"\n\n" +
                   "\"Nor Penhale?\"\n\n\"He says not.\"\n\n\"He says not,\" repeated Walter.\n\n\"Walter,\" said Ada.";
        var sure = Sure(text, list);
        Assert.Equal("-", sure[1]);
        Assert.Equal("-", sure[3]);
        Assert.Equal("Walter Brisk", sure[4]);
    }
}
