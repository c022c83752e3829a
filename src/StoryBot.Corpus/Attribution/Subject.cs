using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Who a tag names: a listed character, an ambiguous name, a pronoun or an unlisted description ("a drunk villager").
/// <see cref="EndToken"/> is the first token after the tag's sentence; <see cref="Verb"/> the tag's verb token.
/// </summary>
internal readonly record struct Subject(
    SubjectKind Kind,
    int Character,
    Gender Pronoun,
    int Token,
    int MentionStart,
    int MentionEnd,
    DialogueKind DialogueKind,
    bool BeatVerb,
    int EndToken)
{
    public static Subject None => default;

    public bool Found => Kind != SubjectKind.None;
}
