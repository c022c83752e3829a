namespace StoryBot.Corpus.Attribution;

internal enum SubjectKind
{
    None = 0,
    Character = 1,
    Ambiguous = 2,
    Pronoun = 3,
    Mention = 4,

    /// <summary>Capitalised words no list name matches, next to a speech verb ("June said"): someone unlisted, stored at confidence 0.</summary>
    UnlistedName = 5,
}
