using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>Discovery beside the characters a story already has (its other chapters, or an earlier import).</summary>
public class CharacterDiscoveryKnownTests
{
    private const string Chapter = """
        The baskets were full by noon.

        "Leave the last row," said Walter.

        "The birds will thank you," said Mr. Thornby. He laughed.

        "They never do," said Mr. Thornby.

        "Then we go home," said Ada. "Home," said Ada again.
        """;

    [Fact]
    public void Resolve_WithKnownCharacters_KeepsThemOnceAndAddsNewSpeakers()
    {
        var known = new CharacterList(
        [
            new Character("Walter Brennan", ["Walter"], Gender.Male),
            new Character("Mr. Thornby", [], Gender.Unknown),
        ]);

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(Chapter, "c2.txt")], known: known);

        var names = cast.Entries.Select(e => e.Character.Name).ToList();
        Assert.Equal(1, names.Count(n => n == "Walter Brennan"));
        Assert.Equal(1, names.Count(n => n == "Mr. Thornby"));
        Assert.DoesNotContain("Walter", names);
        Assert.Contains("Ada", names);
        var walter = cast.Entries.Single(e => e.Character.Name == "Walter Brennan");
        Assert.Equal(Gender.Male, walter.Character.Gender);
        Assert.Equal(["Walter"], walter.Character.Aliases);
        Assert.Equal(1, walter.Speaks);
        Assert.Equal(Gender.Male, cast.Entries.Single(e => e.Character.Name == "Mr. Thornby").Character.Gender);
    }

    [Fact]
    public void Resolve_WithoutKnownCharacters_OneTagIsNotEnough()
    {
        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(Chapter, "c2.txt")]);

        Assert.DoesNotContain(cast.Entries, e => e.Character.Name.StartsWith("Walter", StringComparison.Ordinal));
    }
}
