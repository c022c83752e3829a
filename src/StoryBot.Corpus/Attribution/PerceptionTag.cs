using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// A tag whose subject hears or remembers the speaker: <c>"…," I heard Theo say.</c>, <c>"…" I heard myself say.</c>,
/// <c>"…," I could hear Polly saying.</c>, <c>"…," he heard someone call.</c> The speaker is the heard one (himself:
/// the subject), never the hearer; someone unnamed is a mention (nobody listed), so no beat gives the line to the hearer.
/// </summary>
internal static class PerceptionTag
{
    private const int MaxMentionWords = 3;

    /// <param name="hearer">The tag's subject (None: an "I" when the narrator is unknown).</param>
    /// <param name="v">The token after the subject (and its adverbs).</param>
    public static Subject Heard(ParagraphAnalysis a, Subject hearer, int v, int limit, NameMatcher matcher)
    {
        if (v < limit && a.Tokens[v].IsWord && IsModal(a.Word(v)))
        {
            v++; // could hear
        }

        if (v + 2 >= limit || !a.Tokens[v].IsWord || !IsPerceptionVerb(a.Word(v)))
        {
            return Subject.None;
        }

        var k = v + 1;
        if (!a.Tokens[k].IsWord)
        {
            return Subject.None;
        }

        Subject speaker;
        int next;
        var word = a.Word(k);
        if (IsReflexive(word))
        {
            speaker = hearer.Found ? hearer : Mention(a, k, k + 1);
            next = k + 1;
        }
        else if (ObjectPronoun(word) is var gender && gender != Gender.Unknown)
        {
            speaker = new Subject(SubjectKind.Pronoun, -1, gender, k, 0, 0, DialogueKind.Speech, false, 0);
            next = k + 1;
        }
        else
        {
            speaker = TagSubjects.SubjectAt(a, k, limit, matcher, verbFirst: true, out next);
            if (!speaker.Found || speaker.Kind == SubjectKind.Pronoun)
            {
                // "someone", "a voice", "the old woman": unnamed, lower-case words up to the verb.
                next = k;
                while (next < limit && next - k < MaxMentionWords && a.Tokens[next].IsWord && !Lexicon.IsSpeechVerb(a.Word(next)) &&
                       char.IsLower(a.Text[a.Tokens[next].Start]) && a.MentionAt[next] < 0)
                {
                    next++;
                }

                speaker = next > k ? Mention(a, k, next) : Subject.None;
            }
        }

        var verb = TagParser.SkipAdverbs(a, next, limit);
        if (!speaker.Found || verb >= limit || !a.Tokens[verb].IsWord || !Lexicon.IsSpeechVerb(a.Word(verb)) || Lexicon.IsThoughtVerb(a.Word(verb)))
        {
            return Subject.None;
        }

        return TagParser.Finish(a, speaker with { Token = k }, verb, false, verb + 1, limit);
    }

    private static Subject Mention(ParagraphAnalysis a, int from, int to) =>
        new(SubjectKind.Mention, -1, Gender.Unknown, from, a.Tokens[from].Start, a.Tokens[to - 1].End, DialogueKind.Speech, false, 0);

    private static bool IsModal(ReadOnlySpan<char> w) =>
        w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("can", StringComparison.OrdinalIgnoreCase);

    private static bool IsPerceptionVerb(ReadOnlySpan<char> w) =>
        w.Equals("heard", StringComparison.OrdinalIgnoreCase) || w.Equals("hear", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("overheard", StringComparison.OrdinalIgnoreCase) || w.Equals("remember", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("remembered", StringComparison.OrdinalIgnoreCase);

    private static bool IsReflexive(ReadOnlySpan<char> w) =>
        w.Equals("myself", StringComparison.OrdinalIgnoreCase) || w.Equals("himself", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("herself", StringComparison.OrdinalIgnoreCase);

    private static Gender ObjectPronoun(ReadOnlySpan<char> w) =>
        w.Equals("him", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : w.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
}
