using StoryBot.Corpus.Attribution;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// A capitalised word after a name that is the sentence's verb, not a surname: <c>Kasaka Gritted her teeth</c> (a text
/// that capitalises at random, a title-case heading). Beat verbs (<c>Smiled</c>, <c>Laughed</c>) and past tenses of five
/// letters or more that are no given name (<c>Gritted</c>, <c>Nodded</c>, <c>Turned</c>; not <c>Reed</c>, <c>Fred</c>,
/// <c>Alfred</c>, <c>Mildred</c>) and common irregular ones (<c>Sat</c>, <c>Stood</c>, <c>Went</c>) end the name before them.
/// </summary>
internal static class NameTails
{
    private const int MinPastTense = 5;

    // Irregular past tenses that open a beat after a name ("Naruto Sat down"); none is a common name.
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "sat", "stood", "ran", "went", "came", "took", "got", "made", "held", "felt", "saw", "knew", "fell", "threw", "shook",
        "woke", "froze", "drew", "grew", "began", "gave", "left", "kept", "led", "brought", "caught", "thought", "sent", "spun",
        "swung", "struck", "hit", "bit", "hid", "slid", "leapt", "jumped", "blinked", "winced", "frowned", "glared", "stared",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsVerb(ReadOnlySpan<char> word)
    {
        var stripped = Honorifics.Base(word, out var possessive);
        if (possessive || stripped.Length < 3)
        {
            return false;
        }

        if (Lexicon.IsBeatVerb(stripped) || IrregularLookup.Contains(stripped))
        {
            return true;
        }

        return stripped.Length >= MinPastTense && stripped.EndsWith("ed", StringComparison.Ordinal) &&
               GivenNames.Of(stripped.ToString()) == Model.Gender.Unknown;
    }
}
