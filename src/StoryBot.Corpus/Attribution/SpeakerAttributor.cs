using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>Decides who says each quoted span of a chapter, precise first: it abstains unless the text makes it clear.</summary>
/// <remarks>
/// Sieves run from the most precise down (see <see cref="Sieves"/>); the first that decides wins, and a name the quote
/// itself addresses ("Get out of the way, Naruto!") is never taken for its speaker. One pass over the paragraphs plus a
/// pass over the lines for turn-taking: linear in the text.
/// </remarks>
public static class SpeakerAttributor
{
    public static IReadOnlyList<AttributedLine> Attribute(ParsedChapter chapter, CharacterList characters)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        ArgumentNullException.ThrowIfNull(characters);
        return new ChapterAttributor(chapter, characters).Run();
    }
}
