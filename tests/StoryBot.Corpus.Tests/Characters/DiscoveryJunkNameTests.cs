using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>Two-word "names" whose second word is the sentence's verb (a text that capitalises at random) are no characters.</summary>
public class DiscoveryJunkNameTests
{
    private const string Camp = """
        Kasaka Gritted her teeth and looked at the fire.

        "It won't hold," said Kasaka. Kasaka Nodded at the wall.

        "It will," Roran said. Kasaka Smiled anyway.

        "Then we wait," said Kasaka. Roran Turned away from her.

        "We wait," Roran said. Kasaka Laughed.

        "Fine," said Kasaka Reed. She sat down.
        """;

    private static List<string> Names(string text) =>
        [.. CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "camp.txt")]).Entries.Select(e => e.Character.Name)];

    [Fact]
    public void Resolve_NameFollowedByACapitalisedVerb_VerbIsNoSurname()
    {
        var names = Names(Camp);

        Assert.DoesNotContain(names, n => n.Contains("Gritted", StringComparison.Ordinal) || n.Contains("Nodded", StringComparison.Ordinal)
            || n.Contains("Smiled", StringComparison.Ordinal) || n.Contains("Turned", StringComparison.Ordinal) || n.Contains("Laughed", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Kasaka", StringComparison.Ordinal));
        Assert.Contains("Roran", names);
    }

    [Fact]
    public void Resolve_OneNameOnceBeforeACapitalisedVerb_NoTwoWordCharacter()
    {
        var names = Names("""
            Kasaka Gritted her teeth and looked at the fire.

            "It won't hold," said Kasaka.

            "It will," Roran said.

            "Then we wait," said Kasaka.

            "We wait," Roran said.
            """);

        Assert.Contains("Kasaka", names);
        Assert.DoesNotContain("Kasaka Gritted", names);
    }

    [Fact]
    public void Resolve_SurnameEndingInEd_StaysASurname()
    {
        var names = Names(Camp);

        Assert.Contains("Kasaka Reed", names);
    }

    [Theory]
    [InlineData("Gritted", true)]
    [InlineData("Nodded", true)]
    [InlineData("Smiled", true)]
    [InlineData("Sat", true)]
    [InlineData("Stood", true)]
    [InlineData("Reed", false)]
    [InlineData("Alfred", false)]
    [InlineData("Mildred", false)]
    [InlineData("Thornby", false)]
    public void IsVerb_CapitalisedWordAfterAName_VerbsOnly(string word, bool verb)
    {
        Assert.Equal(verb, StoryBot.Corpus.Characters.Discovery.NameTails.IsVerb(word));
    }

    [Fact]
    public void Resolve_UngenderedTitleWithOneTagAndTwoMentions_Listed()
    {
        var names = Names("""
            Dr. Vos tied the boat to the porch rail and came in with his bag.

            "You were told to leave," said Dr. Vos.

            Nobody answered him. He sat down by the stove.
            """);

        Assert.Contains("Dr. Vos", names);
    }
}
