using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// A family word standing alone and capitalised as a name (<c>said Mamma</c>, <c>asked Papa</c>, <c>"Yes, Mother."</c>,
/// <c>curtseyed to Grandmother</c>) is a character, with the gender the word says; used mostly as a common noun
/// (<c>her mother</c>) it is none.
/// </summary>
public class DiscoveryKinAsNameTests
{
    private const string Arrival = """
        The Carews arrived on the last Saturday of August, and Hetty Carew was the first to see the house.

        "That will be the landlady," said Papa.

        "She looks very clean," said Mamma.

        "She looks very cross," said Hetty Carew. She was told to hold her tongue by Mamma.

        Papa helped Grandmother out of the carriage.

        "I hope the beds are aired," said Grandmother.

        "Every day aired," said Papa. "I asked."

        "Every day is a great deal," said Grandmother.

        "May I go in, Mamma?"

        "If you wipe your feet," said Mamma.
        """;

    [Fact]
    public void Resolve_KinWordsSpeakingAsNames_AreCharactersWithTheirGender()
    {
        var chapter = ChapterParser.ParseText(Arrival, "a.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        Assert.Equal(Gender.Female, Assert.Single(cast.Entries, e => e.Character.Name == "Mamma").Character.Gender);
        Assert.Equal(Gender.Male, Assert.Single(cast.Entries, e => e.Character.Name == "Papa").Character.Gender);
        Assert.Equal(Gender.Female, Assert.Single(cast.Entries, e => e.Character.Name == "Grandmother").Character.Gender);

        var lines = SpeakerAttributor.Attribute(chapter, cast.List);
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("She looks very clean", StringComparison.Ordinal) && l.Speaker == "Mamma");
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("I hope the beds", StringComparison.Ordinal) && l.Speaker == "Grandmother");
    }

    [Fact]
    public void Resolve_KinWordMostlyACommonNoun_IsNoCharacter()
    {
        var text = """
            Ada Vell had not seen her mother for a year. Her mother wrote every week; her mother's letters were long.

            "I shall go home," said Ada Vell. Mother said so in every letter, and her mother was usually right.

            "Then go," said Tom Hale. His mother lived in Leeds, and he never went.

            "Mother would like that," said Ada Vell.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "m.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Mother", names);
    }

    [Fact]
    public void Resolve_KinWordOnlyAddressed_IsNoCharacter()
    {
        // First person: "Ma" is only ever spoken to; the narrator, known by address (Okafor), must stay the one such name.
        var text = """
            I had the van at the door by six. I saw the water was over the step already, and I went in.

            "Okafor, give me a hand with this," Billy Dale said. "Ma wants it up the stairs."

            I took the other end of the dresser. I lifted, and I felt my back go. "Ma, it's only water," Billy Dale said.

            "Okafor, mind the lamp," Billy Dale said. I minded it. I always do. "Ma, hold the door."
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "o.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Ma", names);
        Assert.Contains("Okafor", names);
    }

    [Fact]
    public void Resolve_KinWordBeforeAName_IsATitleNotAKinName()
    {
        var text = """
            Father Brown sat by the fire.

            "It is late," said Father Brown.

            "It is always late," said Father Brown again.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "f.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Father Brown", names);
        Assert.DoesNotContain("Father", names);
    }
}
