using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>A Russian diminutive (<c>Petya</c>, <c>Varya</c>) is the one found name it shortens (<c>Pyotr Andreyevitch</c>).</summary>
public class DiscoveryDiminutiveTests
{
    [Fact]
    public void Resolve_Diminutive_JoinsTheOneFullName()
    {
        var text = """
            "The road is a scandal," said Pyotr Andreyevitch.

            "You said that last year, Petya," said Varvara Andreyevna.

            "And I wrote last year," said Pyotr Andreyevitch.

            "Nobody answered, Petya," said Varvara Andreyevna.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "d.txt")]);

        var pyotr = Assert.Single(cast.Entries, e => e.Character.Name == "Pyotr Andreyevitch").Character;
        Assert.Contains("Petya", pyotr.Aliases);
        Assert.DoesNotContain(cast.Entries, e => e.Character.Name == "Petya");
    }

    [Fact]
    public void Resolve_Diminutive_TwoFullNamesItCouldShorten_JoinsNeither()
    {
        var text = """
            "The road is a scandal," said Pyotr Andreyevitch.

            "Which road, Petya?" said Pyotr Ilyitch.

            "The one from Lyubino," said Pyotr Andreyevitch.

            "Ah, that one," said Pyotr Ilyitch.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "d.txt")]);

        Assert.All(cast.Entries, e => Assert.DoesNotContain("Petya", e.Character.Aliases));
    }
}
