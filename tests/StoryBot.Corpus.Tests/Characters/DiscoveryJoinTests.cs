using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// Found names that are one person (<c>Mr Crewe</c> and <c>Mr. Crewe</c>; <c>Mr. Kell</c> and <c>Mr. Ambrose Kell</c>),
/// names that must stay two (<c>Mr. Thornby</c> and <c>Miss Clara Thornby</c>), and the gender a given name says.
/// </summary>
public class DiscoveryJoinTests
{
    [Fact]
    public void Resolve_TitleWithAndWithoutItsFullStop_IsOnePerson()
    {
        var text = """
            "The lamp is out," said Mr Crewe. He stood in the doorway.

            "Then light it," said Meg Tallis.

            "I have no match," said Mr. Crewe.

            "There is a box on the shelf," said Meg Tallis.
            """;

        var names = Names(text);

        Assert.Contains("Mr. Crewe", names);
        Assert.DoesNotContain("Mr Crewe", names);
    }

    [Fact]
    public void Resolve_TitledSurname_JoinsTheOneNameWrittenWithThatTitleInFull()
    {
        var text = """
            Mr. Ambrose Kell kept the inn at the harbour. Ambrose Kell had kept it for thirty years.

            "The tide is late," said Mr. Kell.

            "It is always late in March," said Rose Verity.

            "Not so late as this," said Mr. Kell. He looked at the water.

            "Then we shall wait," said Rose Verity.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "k.txt")]);
        var names = cast.Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Ambrose Kell", names);
        Assert.DoesNotContain("Mr. Kell", names);
        Assert.Contains("Mr. Kell", cast.Entries.Single(e => e.Character.Name == "Ambrose Kell").Character.Aliases);
    }

    [Fact]
    public void Resolve_TitledSurname_OtherTitleOrTwoFullNames_StaysItsOwnPerson()
    {
        // Mr. Thornby is not Miss Clara Thornby; Miss Thornby is neither of two Miss … Thornbys.
        var text = """
            Miss Clara Thornby and Miss Ellen Thornby sat by the fire.

            "It is cold," said Mr. Thornby. He rubbed his hands.

            "Then sit nearer," said Miss Thornby.

            "I shall not," said Mr. Thornby.

            "As you like," said Miss Thornby.

            "Clara, the door," said Ellen Thornby.

            "Shut it yourself," said Clara Thornby.

            "I will not," said Ellen Thornby.

            "Then be cold," said Clara Thornby.
            """;

        var names = Names(text);

        Assert.Contains("Mr. Thornby", names);
        Assert.Contains("Miss Thornby", names);
        Assert.Contains("Clara Thornby", names);
        Assert.Contains("Ellen Thornby", names);
    }

    [Fact]
    public void Resolve_MrsWithAMansGivenName_IsHisWifeNotHim()
    {
        // "Mrs. John Dashwood" is John Dashwood's wife.
        var text = """
            "We must economise," said John Dashwood.

            "Indeed we must," said Mrs. John Dashwood. She folded her hands.

            "Then the horses must go," said John Dashwood.

            "Not my horses," said Mrs. John Dashwood.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "d.txt")]);

        Assert.DoesNotContain("Mrs. John Dashwood", cast.Entries.Single(e => e.Character.Name == "John Dashwood").Character.Aliases);
        Assert.Contains(cast.Entries, e => e.Character.Name == "Mrs. John Dashwood" && e.Character.Gender == Gender.Female);
    }

    [Fact]
    public void Resolve_GivenNameWithASurnameThatIsTheOtherSexsGivenName_TakesTheGivenName()
    {
        // Mallory is a girl's name in the baby-name list; as a surname after Harry it says nothing.
        var text = """
            "Sit down," said Harry Mallory.

            "I would rather stand," said Ada Lorne.

            "As you like," said Harry Mallory.

            "I do like," said Ada Lorne.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "m.txt")]);

        Assert.Equal(Gender.Male, cast.Entries.Single(e => e.Character.Name == "Harry Mallory").Character.Gender);
    }

    [Fact]
    public void Resolve_GivenNameAndOneVoteEachWay_TakesTheGivenName()
    {
        var text = """
            Walter Brisk came in from the yard. He shut the door.

            Walter Brisk looked at the window. Her coat was still on the hook.

            "She's gone, then," said Walter Brisk.

            "Gone to town," said Ada Lorne.

            "In the rain," said Walter Brisk.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "w.txt")]);

        Assert.Equal(Gender.Male, cast.Entries.Single(e => e.Character.Name == "Walter Brisk").Character.Gender);
    }

    private static List<string> Names(string text) =>
        [.. CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "t.txt")]).Entries.Select(e => e.Character.Name)];
}
