using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>A two-person conversation carried across a short narration paragraph (<c>TurnChains</c>).</summary>
public class ConversationCarryTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Walter Brisk", ["Walter"], Gender.Male),
        new Character("Ada Lorne", ["Ada"], Gender.Female),
        new Character("Rose Kell", ["Rose"], Gender.Female),
    ]);

    // Ten untagged turns after one tag: the pair's names are more than eight paragraphs behind the last one.
    private const string Exchange =
        "Walter found Ada on the stones of the mill race.\n\n\"You will take a chill,\" said Walter.\n\n\"I never do.\"\n\n" +
        "\"You did last spring.\"\n\n\"That was the well.\"\n\n\"It was the same water.\"\n\n\"It was colder.\"\n\n" +
        "\"Your father is asking for you.\"\n\n\"He always is.\"\n\n\"That is unkind.\"\n\n\"It is true.\"\n\n";

    private static string[] Sure(string text) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Fact]
    public void Attribute_NarrationNamingNobodyBetweenRuns_CarriesThePair()
    {
        var text = Exchange + "The wind came up off the marsh and went over the wheel.\n\n\"Who is buying it?\" said Walter.\n\n\"A man from Bristol.\"";
        Assert.Equal("Ada Lorne", Sure(text)[^1]);
    }

    [Fact]
    public void Attribute_NarrationNamingSomeoneElseBetweenRuns_CarriesNothing()
    {
        // Rose may be the one who answers now: the conversation with Ada is not carried past her.
        var text = Exchange + "Rose came down the bank with a shawl over her arm.\n\n\"Who is buying it?\" said Walter.\n\n\"A man from Bristol.\"";
        Assert.NotEqual("Ada Lorne", Sure(text)[^1]);
    }

    [Fact]
    public void Attribute_LongNarrationBetweenRuns_CarriesNothing()
    {
        var text = Exchange + "The wind came up.\n\nThe wheel turned.\n\nA pigeon called.\n\n\"Who is buying it?\" said Walter.\n\n\"A man from Bristol.\"";
        Assert.Equal("-", Sure(text)[^1]);
    }

    [Fact]
    public void Attribute_NarrationDescribingSomeoneUnnamedBetweenRuns_CarriesNothing()
    {
        // "the old woman" may be the one who answers: the conversation with Ada is not carried past her.
        var text = Exchange + "The wind came up, and the old woman came down the bank with a shawl.\n\n\"Who is buying it?\" said Walter.\n\n\"A man from Bristol.\"";
        Assert.NotEqual("Ada Lorne", Sure(text)[^1]);
    }
}
