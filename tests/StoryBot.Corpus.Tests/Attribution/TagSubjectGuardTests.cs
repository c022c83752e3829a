using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// The subject of a tag before a quote is the nearest one: someone described by kin ("I heard her mother say") says it,
/// not the person named or "I" earlier in the sentence.
/// </summary>
public class TagSubjectGuardTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Adela Treherne", ["Mrs. Treherne"], Gender.Female),
        new Character("Hetty Pruett", ["Hetty"], Gender.Female),
        new Character("Nat Crane", ["Mr. Crane"], Gender.Male),
    ]);

    private static List<AttributedLine> Lines(string text) => [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)];

    [Theory]
    [InlineData("Mr. Crane heard her mother say \"Hetty!\" from the kitchen.")]
    [InlineData("Mr. Crane heard his sister shout \"Supper!\" from the kitchen.")]
    public void Attribute_KinDescribedBeforeTheVerb_NotTheSubjectBefore(string text)
    {
        Assert.All(Lines(text), l => Assert.NotEqual("Nat Crane", l.Speaker));
    }

    [Fact]
    public void Attribute_NameThenSaid_StillTheName()
    {
        var lines = Lines("Mr. Crane looked at her and said, \"Come in.\"");
        Assert.Equal("Nat Crane", lines[0].Speaker);
    }
}
