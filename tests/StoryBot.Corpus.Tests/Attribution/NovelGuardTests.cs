using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// Quotes no listed person says, and newcomers a pronoun may mean, in the shapes novels use: a chorus ("cried they
/// all"), a name for a thing ("calling it “the dragon”"), a boy described with several adjectives before "said he".
/// </summary>
public class NovelGuardTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Eben Stiles", ["Eben"], Gender.Male),
        new Character("Louisa Haskell", ["Lou", "Louisa"], Gender.Female),
        new Character("Uncle Iroh", ["Iroh", "Uncle"], Gender.Male),
    ]);

    private static List<AttributedLine> Lines(string text) => [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)];

    [Theory]
    [InlineData("cried they all")]
    [InlineData("cried everybody")]
    [InlineData("they all cried")]
    [InlineData("shouted everyone")]
    public void Attribute_ChorusTagAfterASpeakersOwnLine_NobodyListed(string chorus)
    {
        var text = $"\"Hurrah!\" shouted Eben, and threw his hat up. \"Hurrah!\" {chorus}, and the glasses rang.";
        var lines = Lines(text);
        Assert.Equal("Eben Stiles", lines[0].Speaker);
        Assert.Null(lines[1].Speaker);
    }

    [Theory]
    [InlineData("Uncle insisted on calling \"the dragon\" and which they all feared")]
    [InlineData("Eben kept what he called \"the good rake\" behind the door")]
    [InlineData("Lou never once used the word \"please\" in that house")]
    public void Attribute_NameForAThingQuotedInNarration_NotSpeech(string sentence)
    {
        var lines = Lines($"The machine stood on the counter. {sentence}, and nobody touched it.");
        Assert.All(lines, l => Assert.Null(l.Speaker));
    }

    [Fact]
    public void Attribute_HeAfterABoyDescribedWithSeveralAdjectives_NotTheManWhoLeft()
    {
        var text = "\"I got hay down,\" said Eben.\n\n" +
                   "He went off toward the meadow, and up the lane appeared a long-legged, freckled, sunburnt boy of sixteen.\n\n" +
                   "\"Hi, Lou!\" said he, stopping at the gate.";
        var lines = Lines(text);
        Assert.Equal("Eben Stiles", lines[0].Speaker);
        Assert.NotEqual("Eben Stiles", lines[1].Speaker);
    }

    [Fact]
    public void Attribute_HeAfterTheManHimselfActs_StillHim()
    {
        var text = "\"I got hay down,\" said Eben.\n\nHe shifted the rake to the other shoulder, and looked at the sky.\n\n\"Rain by night,\" said he.";
        var lines = Lines(text);
        Assert.Equal("Eben Stiles", lines[1].Speaker);
    }
}
