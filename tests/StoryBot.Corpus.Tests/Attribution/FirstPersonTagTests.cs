using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>First-person tags: the narrator hears, remembers or tells; the heard one speaks (found writing dev-3).</summary>
public class FirstPersonTagTests
{
    private static readonly CharacterList Ferry = new(
    [
        new Character("Nell Harper", ["Nell"], Gender.Female),
        new Character("Theo Lark", ["Theo"], Gender.Male),
        new Character("Polly Pryce", ["Polly"], Gender.Female),
    ]);

    private const string Opening = "The ferry left at nine. My name is Nell Harper, and I had never been on a boat. Theo Lark stood at the rail.\n\n";

    private static AttributedLine[] Lines(string text) => [.. SpeakerAttributor.Attribute(TestChapters.FromText(Opening + text), Ferry)];

    [Theory]
    [InlineData("\"It's cold,\" I heard Theo say.", "Theo Lark")]
    [InlineData("\"It's cold,\" I could hear Polly saying.", "Polly Pryce")]
    [InlineData("\"We'll be late,\" I remember Theo saying.", "Theo Lark")]
    [InlineData("\"Is it?\" I heard myself say.", "Nell Harper")]
    public void Attribute_NarratorHearsSomeoneSay_TheHeardOneSpeaks(string text, string speaker)
    {
        var line = Lines(text).Single();

        Assert.Equal(speaker, line.Speaker);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_NarratorHearsSomeoneUnnamed_NobodyListed()
    {
        var line = Lines("\"Stop it,\" I heard someone say behind us.").Single();

        Assert.Null(line.Speaker);
    }

    [Fact]
    public void Attribute_UnknownNarratorHearsANamedSpeaker_TheNamedOneSpeaks()
    {
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText("Theo Lark stood at the rail.\n\n\"It's cold,\" I heard Theo say."), Ferry);

        Assert.Equal("Theo Lark", lines.Single().Speaker);
    }
}
