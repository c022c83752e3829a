using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// A name closing a sentence in a quote is someone talked about, not spoken to, when a title the list does not hold comes
/// before it ("Or Squire Carne.", "Tell me about Squire Carne.") or a conjunction does ("…, or Carne."): such a name must
/// not make its holder the other party of an exchange whose first-person narrator is unnamed.
/// </summary>
public class TalkedAboutNameTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Felix Marchbank", ["Felix", "Marchbank"], Gender.Male),
        new Character("Isolde Carne", ["Isolde", "Miss Carne", "Carne"], Gender.Female),
    ]);

    private static List<AttributedLine> Lines(string text) => [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)];

    [Theory]
    [InlineData("Or Squire Carne.", "Tell me about Squire Carne.")]
    [InlineData("The constable has it, or Carne.", "Then we ask them.")]
    [InlineData("The constable has it. And Carne.", "Tell me about Uncle Carne.")]
    public void Attribute_NameTalkedAboutInAnUnnamedNarratorsExchange_NeverTheOtherSpeaker(string reply, string answer)
    {
        var text = "We sat by the fire, and I told him about the lamp.\n\n\"Who has the key?\" said Felix.\n\n" +
                   $"\"I have no idea. {reply}\"\n\n\"{answer}\"\n\n\"Very well.\"\n\n\"Good.\"\n\n\"Is that all?\"\n\n\"Yes.\"";
        var lines = Lines(text);
        Assert.Equal("Felix Marchbank", lines[0].Speaker);
        Assert.DoesNotContain(lines, l => l.Speaker == "Isolde Carne");
    }

    [Theory]
    [InlineData("Think, Carne.")]
    [InlineData("Think harder Carne.")]
    public void Attribute_NameAddressedAtTheEnd_StillThePersonSpokenTo(string line)
    {
        var text = "Felix came into the room and looked at her.\n\n\"Who has the key?\" said Felix.\n\n" +
                   $"\"I have no idea.\"\n\n\"{line}\"\n\n\"I am thinking.\"";
        var lines = Lines(text);
        Assert.Equal("Felix Marchbank", lines[0].Speaker);
        Assert.Equal("Isolde Carne", lines[^1].Speaker);
    }
}
