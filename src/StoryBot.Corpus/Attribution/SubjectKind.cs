namespace StoryBot.Corpus.Attribution;

internal enum SubjectKind
{
    None = 0,
    Character = 1,
    Ambiguous = 2,
    Pronoun = 3,
    Mention = 4,
}
