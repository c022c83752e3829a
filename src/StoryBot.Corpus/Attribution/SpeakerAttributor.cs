using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>Decides who says each quoted span of a chapter, precise first: it abstains unless the text makes it clear.</summary>
public static class SpeakerAttributor
{
    public static IReadOnlyList<AttributedLine> Attribute(ParsedChapter chapter, CharacterList characters) => throw new NotImplementedException();
}
