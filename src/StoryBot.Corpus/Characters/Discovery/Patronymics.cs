using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Russian patronymics as English translations spell them: <c>Andreyevitch</c>, <c>Andreyevich</c>, <c>Ilyitch</c>,
/// <c>Ilyich</c> (a man's); <c>Ivanovna</c>, <c>Alexandrovna</c>, <c>Ilyinichna</c> (a woman's). The second word of a
/// name (<c>Pyotr Andreyevitch</c>), never the first; it says the gender as surely as a title. English surnames that end
/// alike (<c>Aldrich</c>, <c>Dietrich</c>, <c>Fitch</c>) are none: a man's ending needs <c>v</c>, <c>y</c> or <c>l</c>
/// before <c>ich</c>, or <c>itch</c> after a consonant other than <c>f</c>.
/// </summary>
internal static class Patronymics
{
    private const int MinLength = 6;

    public static Gender Of(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || !char.IsUpper(word[0]))
        {
            return Gender.Unknown;
        }

        if (word.EndsWith("ovna", StringComparison.Ordinal) || word.EndsWith("evna", StringComparison.Ordinal) || word.EndsWith("ichna", StringComparison.Ordinal))
        {
            return Gender.Female;
        }

        if (word.EndsWith("ich", StringComparison.Ordinal) && word[^4] is 'v' or 'y' or 'l')
        {
            return Gender.Male; // Andreyevich, Ilyich, Ilich
        }

        return word.EndsWith("itch", StringComparison.Ordinal) && word[^5] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'f') ? Gender.Male : Gender.Unknown; // Andreyevitch, Ilyitch, Lukitch
    }

    /// <summary>The gender the patronymic of an untitled name of two or more words says (<c>Marya Ivanovna</c>), or unknown.</summary>
    public static Gender OfName(IReadOnlyList<string> words) => words.Count >= 2 ? Of(words[1]) : Gender.Unknown;
}
