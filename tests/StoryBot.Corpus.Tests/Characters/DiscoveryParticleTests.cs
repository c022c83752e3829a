using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// Name particles (<c>de</c>, <c>von</c>, <c>van der</c>, <c>St.</c>) are part of the surname they stand before and never
/// a name alone; <c>O'Hara</c>, <c>MacAllister</c>, <c>McBride</c> are one word, and two titles with one surname are two people.
/// </summary>
public class DiscoveryParticleTests
{
    [Fact]
    public void Resolve_TitleAndParticle_IsOneNameWithItsParticle()
    {
        var text = """
            "My bracelet," said Madame de Saint-Méran.

            "It is on the table," said Nora Quill.

            "It is not on the table," said Madame de Saint-Méran.

            "Then it is under it," said Nora Quill.
            """;

        var names = Names(text);

        Assert.Contains("Madame de Saint-Méran", names);
        Assert.DoesNotContain("Saint-Méran", names);
        Assert.DoesNotContain("Madame", names);
    }

    [Fact]
    public void Resolve_ParticleSurnameInATag_JoinsTheFullName()
    {
        var text = """
            Mr. Cornelis van der Berg and Baron Konrad von Rosen sat at the card table.

            "You have revoked," said von Rosen.

            "I have not," said van der Berg.

            "You had the knave," said von Rosen.

            "I had no diamonds," said van der Berg.

            "Van der Berg is right," said Armand de Vaucourt. Armand de Vaucourt was always right about cards.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "v.txt")]);
        var names = cast.Entries.Select(e => e.Character.Name).ToList();

        var rosen = Assert.Single(cast.Entries, e => e.Character.Name.Contains("Konrad von Rosen", StringComparison.Ordinal)).Character;
        Assert.Contains("von Rosen", rosen.Aliases);
        var berg = Assert.Single(cast.Entries, e => e.Character.Name.Contains("Cornelis van der Berg", StringComparison.Ordinal)).Character;
        Assert.Contains("van der Berg", berg.Aliases);
        Assert.DoesNotContain("Berg", names);
        Assert.DoesNotContain("Rosen", names);
        Assert.DoesNotContain("Konrad", names);
        Assert.DoesNotContain("Armand", names);
        Assert.All(names, n => Assert.False(n is "van" or "Van" or "von" or "de" or "der" or "Van der" or "van der", n));
    }

    [Fact]
    public void Resolve_ParticleAtASentenceStart_IsTheSamePerson()
    {
        var text = """
            Henri de Vaucourt came in late.

            "The train was slow," said de Vaucourt.

            De Vaucourt sat down. "It always is," said Lise Armand.

            "Not always," said de Vaucourt.

            "Always on Sundays," said Lise Armand.
            """;

        var names = Names(text);

        Assert.Contains("Henri de Vaucourt", names);
        Assert.DoesNotContain("De Vaucourt", names);
        Assert.DoesNotContain("de Vaucourt", names);
        Assert.DoesNotContain("De", names);
    }

    [Fact]
    public void Resolve_SaintAndIrishAndScottishSurnames_AreOneWordEach()
    {
        var text = """
            "The tide is in," said Miss St. Clair.

            "Then we shall wait," said Captain O'Hara.

            "I cannot wait," said Miss O'Hara.

            "You must," said Mrs. MacAllister.

            "Must she?" said McBride.

            "She must," said Miss St. Clair.

            "Nonsense," said Miss O'Hara.

            "Sense," said Mrs. MacAllister. McBride laughed.

            "Well," said McBride.

            "Well," said Captain O'Hara.
            """;

        var names = Names(text);

        Assert.Contains("Miss St. Clair", names);
        Assert.Contains("Captain O'Hara", names);
        Assert.Contains("Miss O'Hara", names);
        Assert.Contains("Mrs. MacAllister", names);
        Assert.Contains("McBride", names);
        Assert.DoesNotContain("Clair", names);
        Assert.DoesNotContain("St.", names);
    }

    [Fact]
    public void Resolve_ParticleWordsAfterAnArticle_AreNoName()
    {
        // "the van" is a vehicle; a lone particle is never a name.
        var text = """
            The van Peter drove was red. "Get in," said Peter Holm.

            "Where to?" said Ada Vell.

            "Anywhere," said Peter Holm.

            "Then drive," said Ada Vell.
            """;

        var names = Names(text);

        Assert.DoesNotContain(names, n => n.StartsWith("van", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Peter Holm", names);
    }

    private static List<string> Names(string text) =>
        [.. CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "t.txt")]).Entries.Select(e => e.Character.Name)];
}
