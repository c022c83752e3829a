using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// First-person narration whose "I" is nobody on the list: in an exchange with one named speaker, the other party is
/// most likely the narrator, so a silent person named nearby (a sleeping child, someone talked of) is never taken as the
/// other of the pair.
/// </summary>
public class UnnamedNarratorTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Danny Kowalski", ["Danny"], Gender.Male),
        new Character("Lily", [], Gender.Female),
    ]);

    private static List<AttributedLine> Lines(string text) => [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)];

    private const string Ferry = """
        I sat down across from him, and I did not know what to say. The boat pitched, and Lily woke up, looked at me, and went back to sleep on her father's shoulder.

        "She doesn't talk much," Danny said. "Since March."

        "She's got time."

        "That's what I keep telling myself."

        "It's true."

        "I know it."

        "Then stop worrying."

        "I can't."
        """;

    [Fact]
    public void Attribute_SilentChildNamedBesideAnUnlistedNarrator_NeverTheOtherSpeaker()
    {
        var lines = Lines(Ferry);
        Assert.Equal("Danny Kowalski", lines[0].Speaker);
        Assert.DoesNotContain(lines, l => l.Speaker == "Lily");
    }

    [Fact]
    public void Attribute_ThirdPersonNarration_SilentOtherStillThePair()
    {
        var text = Ferry.Replace("I sat down across from him, and I did not know what to say.", "Lily sat down across from him.", StringComparison.Ordinal)
            .Replace("looked at me, and went back to sleep on her father's shoulder", "looked at her father", StringComparison.Ordinal)
            .Replace("Lily woke up", "the boat rolled", StringComparison.Ordinal);
        var lines = Lines(text);
        Assert.Equal("Danny Kowalski", lines[0].Speaker);
        Assert.Contains(lines, l => l.Speaker == "Lily" && l.Confidence >= AttributionThresholds.Trivia);
    }

    [Theory]
    [InlineData("\"Good evening,\" said I.")]
    [InlineData("\"Good evening,\" I said.")]
    public void Attribute_TaggedByAnUnlistedI_NobodyListed(string line)
    {
        var text = "\"Good evening, Lily,\" said Danny.\n\n" + line + "\n\n\"You are late.\"";
        var lines = Lines(text);
        Assert.Equal("Danny Kowalski", lines[0].Speaker);
        Assert.Null(lines[1].Speaker);
    }
}
