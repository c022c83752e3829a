using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// A capitalised rank that speaks alone (<c>said the Queen</c>, <c>returned the King</c>) and that no found name carries
/// is a character of its own, named by the rank, as a reader would list "the Queen" of a fable that never names her.
/// </summary>
public class DiscoveryLoneRankTests
{
    private const string Breakfast = """
        The Queen came down to breakfast in a temper. The King was behind his newspaper.

        "You have forgotten," said the Queen.

        "I have not forgotten," said the King, from behind the newspaper.

        "Then where is it?" said the Queen. She tapped the table.

        "It is coming, my love," said the King. He turned the page.
        """;

    [Fact]
    public void Resolve_RankSpeaksAloneAndNoNameHasIt_ListsTheRank()
    {
        var chapter = ChapterParser.ParseText(Breakfast, "b.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        var queen = Assert.Single(cast.Entries, e => e.Character.Name == "Queen");
        var king = Assert.Single(cast.Entries, e => e.Character.Name == "King");
        Assert.Equal(Gender.Female, queen.Character.Gender);
        Assert.Equal(Gender.Male, king.Character.Gender);

        var lines = SpeakerAttributor.Attribute(chapter, cast.List);
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("You have forgotten", StringComparison.Ordinal) && l.Speaker == "Queen");
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("It is coming", StringComparison.Ordinal) && l.Speaker == "King");
    }

    [Fact]
    public void Resolve_RankSpeaksAloneButANameHasIt_ListsNoRankOfItsOwn()
    {
        var text = """
            Queen Isra sat by the north window.

            "They will come by the river," said the Queen.

            "Then we shall meet them there," said the Queen.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "i.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Queen", names);
        Assert.Contains("Queen Isra", names);
    }

    [Fact]
    public void Resolve_RankMostlyInLowerCase_IsNoCharacter()
    {
        // "the captain" in lower case is any captain of the story (a ship's, the team's): no one person.
        var text = """
            The captain of the first boat and the captain of the second came up the beach. A captain is never late.

            "Wind's backing," said the captain.

            "It is," said the Captain. "It will rain."
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "c.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Captain", names);
    }

    [Fact]
    public void Resolve_RankBeforeAName_IsNoLoneRank()
    {
        var text = """
            The Reverend Mr. Mole came to dinner, as he always did.

            "A fine evening," said the Reverend Mr. Mole.

            "Very fine," said the Reverend Mr. Mole again, when nobody answered.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "m.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Reverend", names);
    }

    [Fact]
    public void Resolve_RankSpeaksOnce_IsNoCharacter()
    {
        var text = """
            The Inspector came in out of the rain. Ada Vell was by the fire.

            "Good evening," said the Inspector.

            "You are wet," said Ada Vell.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "o.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Inspector", names);
    }
}
