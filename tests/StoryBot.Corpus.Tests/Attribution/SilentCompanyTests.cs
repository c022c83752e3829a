using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// A two-person exchange told in the third person, with someone named in the narration next to it who never speaks in
/// the scene (a mother shelling peas on the porch): a silent bystander is no third voice. One who speaks in the scene is.
/// </summary>
public class SilentCompanyTests
{
    private static readonly CharacterList Porch = new(
    [
        new Character("Walter Brisk", ["Walter"], Gender.Male),
        new Character("Ada Lorne", ["Ada"], Gender.Female),
        new Character("Martha Brisk", ["Martha"], Gender.Female),
    ]);

    private const string Exchange =
        "Martha Brisk was shelling peas at the end of the porch, and the bowl in her lap was nearly full.\n\n" +
        "\"You're late,\" Ada said.\n\n" +
        "\"The bridge was out,\" said Walter.\n\n" +
        "\"It's always out.\"\n\n" +
        "\"Not like this. The whole middle span is gone.\"\n\n" +
        "\"Then take the other road.\"\n\n" +
        "\"The other road is worse.\"";

    private static string[] Sure(string text) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), Porch)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Fact]
    public void Attribute_SilentBystanderNamedInTheNarration_DoesNotStopThePair()
    {
        // The last turn is four turns from the nearest tag: too far to be sure, pair or not.
        Assert.Equal(["Ada Lorne", "Walter Brisk", "Ada Lorne", "Walter Brisk", "Ada Lorne", "-"], Sure(Exchange));
    }

    [Fact]
    public void Attribute_BystanderWhoSpeaksLaterInTheScene_StillStopsThePair()
    {
        var text = Exchange + "\n\nMartha put down the bowl.\n\n\"Both roads are worse,\" said Martha.";
        Assert.Equal(["Ada Lorne", "Walter Brisk", "-", "-", "-", "-", "Martha Brisk"], Sure(text));
    }
}
