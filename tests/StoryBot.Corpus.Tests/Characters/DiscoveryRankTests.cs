using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// Ranks as names in found characters: <c>said the Captain</c> speaks for the one found name written with that rank
/// (<c>Captain Everard Stowe</c>), <c>the Captain … he</c> says his gender, and rank titles (<c>Colonel Ashby</c>,
/// <c>Queen Isra</c>) are titles, not common words.
/// </summary>
public class DiscoveryRankTests
{
    private const string Frigate = """
        Captain Everard Stowe came home to Brackley on a wet Tuesday. Mrs. Stowe was in her chair by the fire.

        'You are brown,' said Mrs. Stowe.

        'I have been in the Mediterranean, ma'am,' said the Captain. He sat down by the fire.

        'You are too thin,' said Mrs. Stowe.

        'I have been on ship's biscuit,' said the Captain.

        The Captain laughed, and his mother shook her head at him.

        'Everard, you are impossible,' said Mrs. Stowe.
        """;

    [Fact]
    public void Resolve_RankTagsAndOneNameWithThatRank_ListsHimAsTheSpeaker()
    {
        var chapter = ChapterParser.ParseText(Frigate, "f.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        var captain = Assert.Single(cast.Entries, e => e.Character.Name.Contains("Everard", StringComparison.Ordinal));
        Assert.Equal(Gender.Male, captain.Character.Gender);
        Assert.Contains("Everard", captain.Character.Aliases.Append(captain.Character.Name).SelectMany(a => a.Split(' ')));

        var lines = SpeakerAttributor.Attribute(chapter, cast.List);
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("I have been on ship", StringComparison.Ordinal) && l.Speaker == captain.Character.Name);
    }

    [Fact]
    public void Resolve_RankTagsAndTwoNamesWithThatRank_CountForNeither()
    {
        var text = """
            Captain Rowe and Captain Harland stood by the rail.

            "Wind's backing," said the Captain.

            "It is," said the Captain. "It will rain."
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "r.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Captain Rowe", names);
        Assert.DoesNotContain("Captain Harland", names);
    }

    [Fact]
    public void Resolve_RankTitlesBeforeNames_AreTitles()
    {
        var text = """
            Queen Isra sat by the north window. Colonel Ashby stood at the door.

            "They will come by the river," said Colonel Ashby.

            "Then we shall meet them there," said Queen Isra.

            "With what?" said Colonel Ashby. He spread his hands.

            "With what we have," said Queen Isra.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "q.txt")]);

        Assert.Contains(cast.Entries, e => e.Character.Name == "Colonel Ashby");
        Assert.Contains(cast.Entries, e => e.Character.Name == "Queen Isra" && e.Character.Gender == Gender.Female);
        Assert.DoesNotContain(cast.Entries, e => e.Character.Name == "Ashby");
    }

    [Fact]
    public void Resolve_RankAddressedAlone_CountsForTheOneNameWithThatRank_AndIsItsAlias()
    {
        var text = """
            Inspector Marsh came down the stairs. Marsh took off his gloves.

            'With his shoes off, Inspector?' Julia Fenn said.

            'People take their shoes off,' said Julia Fenn.

            'You don't like me much, Doctor Fenn.' The Inspector did not smile. 'Well, Inspector, do I?'
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "m.txt")]);

        var marsh = Assert.Single(cast.Entries, e => e.Character.Name.Contains("Marsh", StringComparison.Ordinal));
        Assert.Contains("Inspector", marsh.Character.Aliases);
        Assert.DoesNotContain(cast.Entries, e => e.Character.Name == "Inspector");
    }
}
