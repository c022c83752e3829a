using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// A one-word name only ever addressed or mentioned, never the subject of a speech verb (maybe a surname), takes no
/// gender from its given name when the text's pronouns disagree (a woman called Julian); a name that speaks, or a full
/// name (Julian Marsh), still takes it on a tie.
/// </summary>
public class DiscoveryAddressedGenderTests
{
    [Fact]
    public void Resolve_OneWordNameNeverSpeaking_PronounsDisagreeWithGivenName_GenderUnknown()
    {
        var text = """
            Julian came in from the garden. She put the roses on the table.

            "Sit down, Julian," said Tom Reed.

            Julian looked at the clock. He had been out since noon.

            "Julian, you are late," said Tom Reed.

            "The roses are lovely," said Ada Vell.

            "They are," said Tom Reed.
            """;

        var julian = Cast(text).Entries.Single(e => e.Character.Name == "Julian");

        Assert.Equal(Gender.Unknown, julian.Character.Gender);
    }

    [Fact]
    public void Resolve_NameThatSpeaks_PronounsTie_TakesGivenName()
    {
        var text = """
            Julian Marsh came in from the garden. She put the roses on the table.

            "I am late," said Julian Marsh.

            Julian Marsh looked at the clock. He had been out since noon.

            "You are," said Tom Reed.

            "The roses are lovely," said Julian Marsh.

            "They are," said Tom Reed.
            """;

        var julian = Cast(text).Entries.Single(e => e.Character.Name == "Julian Marsh");

        Assert.Equal(Gender.Male, julian.Character.Gender);
    }

    [Fact]
    public void Resolve_FullNameNeverSpeaking_PronounsTie_TakesGivenName()
    {
        var text = """
            Julian Marsh came in from the garden. She put the roses on the table.

            "Sit down, Julian," said Tom Reed.

            Julian Marsh looked at the clock. He had been out since noon.

            "Julian, you are late," said Tom Reed.

            "The roses are lovely," said Ada Vell.

            "They are," said Tom Reed.
            """;

        var julian = Cast(text).Entries.Single(e => e.Character.Name == "Julian Marsh");

        Assert.Equal(Gender.Male, julian.Character.Gender);
    }

    private static CharacterCast Cast(string text) => CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "g.txt")]);
}
