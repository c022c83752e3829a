using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// <c>June</c> and <c>April</c> are months and given names: a name when a speech tag or a quote's address uses them
/// (<c>June said</c>, <c>"Thanks, June."</c>), never for the month alone (<c>last June</c>, <c>by April</c>).
/// </summary>
public class DiscoveryMonthNameTests
{
    [Fact]
    public void Resolve_MonthNameThatSpeaks_IsACharacter()
    {
        var text = """
            June came up on the supply run on Tuesday. Theo Marsh met her at the hatch.

            "You're early," Theo Marsh said.

            "The wind was with us," June said. June laughed and pulled off her gloves.

            "Tea?"

            "Please," June said.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "j.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("June", names);
    }

    [Fact]
    public void Resolve_MonthThatNeverSpeaks_IsNoCharacter()
    {
        var text = """
            The house had stood empty since last June. By April the roof had gone, and early June brought the rain.

            "It will not last another June," said Theo Marsh.

            "Nothing lasts," said Ada Vell. She had said so every June since the war.

            "Then we sell," said Theo Marsh.
            """;

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "m.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("June", names);
        Assert.DoesNotContain("April", names);
    }
}
