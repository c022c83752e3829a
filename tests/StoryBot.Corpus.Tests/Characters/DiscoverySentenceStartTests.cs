using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// A surname that opens sentences (<c>Marsh took off his gloves.</c>) is a name when the text also writes it in a fuller
/// name (<c>Inspector Marsh</c>): its mentions count for that person.
/// </summary>
public class DiscoverySentenceStartTests
{
    [Fact]
    public void Resolve_SurnameOnlyAtSentenceStarts_CountsForItsTitledName()
    {
        var text = """
            Inspector Marsh came down the stairs slowly. Dr Fenn was waiting in the hall with her coat still on.

            'Well?' she said.

            Marsh took off his gloves.

            'I think he fell,' he said.

            'With his shoes off, Inspector?'

            Marsh almost smiled.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "s.txt")]);

        var marsh = Assert.Single(cast.Entries, e => e.Character.Aliases.Append(e.Character.Name).Contains("Inspector Marsh")).Character;
        Assert.Contains("Marsh", marsh.Aliases.Append(marsh.Name));
    }
}
