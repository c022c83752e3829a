using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Guards that keep a sieve from answering when the text points at someone else (found on the dev-2 scenes).</summary>
public class SieveGuardTests
{
    private static readonly CharacterList House = new(
    [
        new Character("Walter Brisk", ["Walter"], Gender.Male),
        new Character("Tom Gribble", ["Tom", "Gribble"], Gender.Male),
        new Character("Emily Stowe", ["Emily"], Gender.Female),
        new Character("Akamaru", [], Gender.Male),
        new Character("Kiba Inuzuka", ["Kiba"], Gender.Male),
    ]);

    private static readonly CharacterList Interview = new(
    [
        new Character("Inspector Marsh", ["Marsh"], Gender.Male),
        new Character("Mr. Kell", [], Gender.Male),
        new Character("Rose Dunn", ["Rose"], Gender.Female),
    ]);

    private static string[] Sure(string text, CharacterList? characters = null) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), characters ?? House).Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Fact]
    public void Attribute_ParagraphTagSentenceEndsInAnotherSubjectsClause_NoParagraphTag()
    {
        var text = "The rain came down through the trees.\n\nAkamaru barked twice, short and happy, and Kiba pointed at him.\n\n\"And you can shut up, too.\"";

        Assert.Equal(["-"], Sure(text));
    }

    [Fact]
    public void Attribute_ParagraphTagAtTheEnd_StillLeadsIntoTheQuote()
    {
        var text = "The rain came down through the trees.\n\nKiba wiped his face and barked at the dog.\n\n\"And you can shut up, too.\"";

        Assert.Equal(["Kiba Inuzuka"], Sure(text));
    }

    [Fact]
    public void Attribute_RunAddressesAWomanBetweenTwoMen_NoPairGuess()
    {
        var text = "Walter stood by the fire with his back to the room.\n\n" +
                   "Gribble came in from the passage at once.\n\n\"Ma'am?\"\n\n\"Send the boy down to the market.\"\n\n" +
                   "\"The market, ma'am,\" said Gribble.\n\n\"Well,\" said Walter, \"that is the whole house told.\"";

        var sure = Sure(text);

        Assert.Equal("-", sure[1]);
        Assert.Equal("Tom Gribble", sure[2]);
    }

    [Fact]
    public void Attribute_RunAddressesOnePersonByName_ThatPersonIsTheOtherOfThePairNotTheSilentOne()
    {
        var text = "Rose sat in the window with her sewing and did not look up.\n\n" +
                   "\"Did you open the stair yourself, Mr. Kell?\" said Marsh.\n\n\"I did.\"\n\n\"At what hour?\" said Marsh.\n\n\"Past ten.\"";

        // Rose is silent all scene long: no third voice (attribution-8), so the reply after the second question is Kell's too.
        Assert.Equal(["Inspector Marsh", "Mr. Kell", "Inspector Marsh", "Mr. Kell"], Sure(text, Interview));
    }
}
