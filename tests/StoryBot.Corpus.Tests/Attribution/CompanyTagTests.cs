using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// Tags in company (dev-7): a second speaker's tag inside the first one's ("said Lily, and Marcus said, "Tacos,""),
/// and a tag naming someone the list does not hold ("June said"), which must not leave the line to turn-taking.
/// </summary>
public class CompanyTagTests
{
    private static readonly CharacterList Friends = new(
    [
        new Character("Lily Chen", ["Lily"], Gender.Female),
        new Character("Marcus Reid", ["Marcus"], Gender.Male),
        new Character("Priya Shah", ["Priya"], Gender.Female),
    ]);

    private static readonly CharacterList Tower = new(
    [
        new Character("Mara Quinn", ["Mara"], Gender.Female),
        new Character("Theo Vance", ["Theo"], Gender.Unknown),
    ]);

    private static string[] Sure(string text, CharacterList characters) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), characters)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Theory]
    [InlineData("and Marcus said,", "Marcus Reid")]
    [InlineData("but Marcus cried,", "Marcus Reid")]
    [InlineData("and Priya answered,", "Priya Shah")]
    public void Attribute_SecondSpeakersTagInsideTheFirstTag_SecondQuoteIsTheSecondSpeakers(string clause, string expected)
    {
        var text = $"\"Pizza,\" said Lily, {clause} \"Tacos,\" at the same moment.";
        Assert.Equal(["Lily Chen", expected], Sure(text, Friends));
    }

    [Fact]
    public void Attribute_SameSpeakerGoesOnAfterAnAndClauseWithoutATag_StillAContinuation()
    {
        var text = "\"Pizza,\" said Lily, and pointed at the menu, \"with olives.\"";
        Assert.Equal(["Lily Chen", "Lily Chen"], Sure(text, Friends));
    }

    // dev-7 d25, chapter 2: found characters miss "June" (a month word); her lines went by parity to Theo, offstage.
    private const string SupplyRun =
        "June Castillo came up on the supply run on Thursday, with the mule and three days' groceries and a paperback for Mara, and stayed for coffee.\n\n" +
        "\"He's a puppy,\" June said, when Theo had gone down to see to the mule. \"A big friendly puppy.\"\n\n" +
        "\"He's fine.\"\n\n" +
        "\"I didn't say he wasn't fine. I said he's a puppy.\"\n\n" +
        "\"He carries the water.\"\n\n" +
        "\"High praise.\"\n\n" +
        "\"From me it is.\"\n\n" +
        "June laughed and wrapped both hands round her mug. Down below, the mule brayed, and Theo's voice answered it with something unprintable.\n\n" +
        "\"How's your dad?\"\n\n" +
        "\"Same. Better on the good days. He asks about you.\"\n\n" +
        "\"Tell him I'm fine.\"\n\n" +
        "\"I tell him that every time.\"\n\n" +
        "\"Then it must be true.\"\n\n" +
        "\"Or I'm a very good liar.\"\n\n" +
        "\"You're a terrible liar. You always were.\"\n\n" +
        "\"That's why he believes me.\"\n\n" +
        "They drank their coffee. The wind went round the glass walls the way it always did, hunting for a way in.\n\n" +
        "\"Are you coming down in September?\"\n\n" +
        "\"I don't know yet.\"\n\n" +
        "\"You said that last year.\"\n\n" +
        "\"And I came down.\"\n\n" +
        "\"In October. For two days.\"\n\n" +
        "\"Two good days.\"\n\n" +
        "\"Mara.\"\n\n" +
        "\"June.\"\n\n" +
        "\"I mean it.\"\n\n" +
        "\"I know you do.\"\n\n" +
        "From the bottom of the ladder Theo shouted, \"The mule's eating the tarp!\"\n\n" +
        "\"Then stop him!\" June yelled back.\n\n" +
        "\"How?\"\n\n" +
        "\"Ask him nicely!\"\n\n" +
        "Mara put her head in her hands and laughed until her shoulders shook, and June watched her, and looked pleased with herself.\n\n" +
        "\"See,\" June said. \"You can still do that.\"";

    [Fact]
    public void Attribute_ExchangeWithSomeoneUnlistedTaggedByName_NoTurnGivenToTheOneOffstage()
    {
        var sure = Sure(SupplyRun, Tower);
        Assert.Equal(["Theo Vance"], sure.Where(s => s != "-")); // only his shout from the ladder
    }

    [Theory]
    [InlineData("\"Then stop him!\" June yelled back.", "June")]
    [InlineData("\"He's a puppy,\" said June, and laughed.", "June")]
    [InlineData("\"Supper,\" Mrs. Pole said.", "Mrs. Pole")]
    public void Attribute_TagNamingSomeoneUnlisted_AMentionNotAListedSpeaker(string text, string mention)
    {
        var line = SpeakerAttributor.Attribute(TestChapters.FromText(text), Tower).Single();
        Assert.Null(line.Speaker);
        Assert.Equal(0, line.Confidence);
        Assert.Equal(mention, line.SpeakerMention);
    }
}
