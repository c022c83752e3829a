using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// Who a line was said to, when the text makes it plain: a name used in direct address ("Naruto, you deserve more…",
/// "…come with me, Sakura."), or a two-person exchange (the line answers X, and X answers back or nobody does).
/// Returns null when unsure; the reveal then just names the speaker.
/// </summary>
internal static class AddresseeGuesser
{
    private const int MaxParagraphGap = 3;

    public static long? Guess(QuestionContext context, TriviaLine line)
    {
        if (line.SpeakerId is not { } speaker)
        {
            return null;
        }

        return Vocative(context, line.Text, speaker) ?? Exchange(context, line, speaker);
    }

    private static long? Vocative(QuestionContext context, string text, long speaker)
    {
        foreach (var (characterId, match) in context.Names.Occurrences(text))
        {
            if (context.Names.SamePerson(characterId, speaker))
            {
                continue;
            }

            var before = text[..match.Index].TrimEnd();
            var after = text[(match.Index + match.Length)..].TrimStart();
            var atStart = before.All(character => !char.IsLetterOrDigit(character)) && (after.Length == 0 || after[0] is ',' or '!' or '?' or '.' or '-' or '—');
            var atEnd = before.EndsWith(',') && (after.Length == 0 || after.All(character => !char.IsLetterOrDigit(character)));
            if (atStart || atEnd)
            {
                return characterId;
            }
        }

        return null;
    }

    private static long? Exchange(QuestionContext context, TriviaLine line, long speaker)
    {
        if (!context.Corpus.LinesByChapter.TryGetValue(line.ChapterId, out var lines))
        {
            return null;
        }

        var speech = lines.Where(other => other.Kind == line.Kind).ToList();
        var index = speech.FindIndex(other => other.Id == line.Id);
        if (index < 0)
        {
            return null;
        }

        var previous = speech.Take(index).LastOrDefault(other => other.ParagraphIndex != line.ParagraphIndex);
        if (previous is null
            || line.ParagraphIndex - previous.ParagraphIndex > MaxParagraphGap
            || !context.IsConfidentSpeech(previous)
            || context.Names.SamePerson(previous.SpeakerId!.Value, speaker))
        {
            return null;
        }

        var partner = previous.SpeakerId!.Value;
        var next = speech.Skip(index + 1).FirstOrDefault(other => other.ParagraphIndex != line.ParagraphIndex);
        var answeredByPartner = next is null
            || next.ParagraphIndex - line.ParagraphIndex > MaxParagraphGap
            || (context.IsConfidentSpeech(next) && context.Names.SamePerson(next.SpeakerId!.Value, partner));
        return answeredByPartner ? partner : null;
    }
}
