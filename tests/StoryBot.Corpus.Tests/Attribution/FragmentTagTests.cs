using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// A verbless tag after a quote, the speaker and where they are (<c>"You okay?" Theo, from the floor.</c>), and a
/// speaker named by the sentence right after the quote (<c>Toph sounded delighted.</c>).
/// </summary>
public class FragmentTagTests
{
    private static readonly CharacterList Tower = new(
    [
        new Character("Mara Quinn", ["Mara"], Gender.Female),
        new Character("Theo Vance", ["Theo"], Gender.Male),
        new Character("June Castillo", ["June"], Gender.Female),
    ]);

    private static string[] Sure(string text) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), Tower)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Theory]
    [InlineData("\"You okay?\" Theo, from the floor.")]
    [InlineData("\"You okay?\" Theo, from the floor by the stove, where he was trying to light it.")]
    [InlineData("\"You okay?\" Theo, at last.")]
    public void Attribute_NameAndAPlaceAfterTheQuote_TheNamedSpeaker(string paragraph)
    {
        var text = "Mara hung up the handset and sat down on the cot.\n\n" + paragraph;
        Assert.Equal("Theo Vance", Sure(text)[0]);
    }

    [Theory]
    [InlineData("\"Look out!\" Theo, from the floor, grabbed her ankle.")]
    [InlineData("\"Look out!\" Theo, June and Mara ran.")]
    [InlineData("\"Look out!\" Theo, from the floor, and June, from the door.")]
    public void Attribute_NameStartingASentenceWithAVerbOrSeveralNames_NotAFragmentTag(string paragraph)
    {
        var text = "Mara hung up the handset and sat down on the cot.\n\n" + paragraph;
        Assert.Equal("-", Sure(text)[0]);
    }
}
