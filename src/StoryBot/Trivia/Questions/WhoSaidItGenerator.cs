using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// "Who said it?": a confidently attributed line and four names. Distractors are listed characters who also speak
/// (confidently) in the same story; when the story has too few, characters who speak in the fandom's other stories fill
/// in; when even those run out the question has fewer choices (never fewer than two). A distractor is never the speaker
/// under another alias, never named in the line itself (that would give it away), and never listed twice.
/// </summary>
internal sealed class WhoSaidItGenerator(QuestionContext context) : IQuestionGenerator
{
    public const int MaxDistractors = 3;

    public QuestionKind Kind => QuestionKind.WhoSaidIt;

    public IEnumerable<QuestionCandidate> Candidates() =>
        context.Corpus.Lines.Select(line => CandidateFor(line.Id)).OfType<QuestionCandidate>();

    public QuestionCandidate? CandidateFor(long sourceId) =>
        context.LinesById.TryGetValue(sourceId, out var line) && context.InFocus(line.ChapterId) && Qualifies(line) && DistractorPool(line).Any()
            ? new QuestionCandidate(Kind, $"who:{line.Id}", $"line:{line.Id}", line.StoryId, line.Id)
            : null;

    public TriviaQuestion? Create(QuestionCandidate candidate, Random random)
    {
        if (!context.LinesById.TryGetValue(candidate.SourceId, out var line) || !Qualifies(line))
        {
            return null;
        }

        var speaker = line.SpeakerId!.Value;
        var chosen = new List<long>();
        foreach (var id in DistractorTiers(line).SelectMany(tier => Shuffled(tier, random)))
        {
            if (chosen.Count == MaxDistractors)
            {
                break;
            }

            var name = context.CharacterName(id);
            if (chosen.Any(other => context.Names.SamePerson(other, id) || string.Equals(context.CharacterName(other), name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            chosen.Add(id);
        }

        if (chosen.Count == 0)
        {
            return null;
        }

        var choices = chosen.Append(speaker).ToArray();
        random.Shuffle(choices);
        return new TriviaQuestion(
            Kind,
            candidate.Key,
            candidate.SourceKey,
            line.StoryId,
            line.Text,
            [.. choices.Select(context.CharacterName)],
            Array.IndexOf(choices, speaker),
            context.ContextFor(line.StoryId, line.ChapterId, speaker, AddresseeGuesser.Guess(context, line), line.Text));
    }

    /// <summary>6–40 words, confidently attributed to a listed character, says something, and doesn't name its own speaker.</summary>
    internal bool Qualifies(TriviaLine line)
    {
        if (!context.IsConfidentSpeech(line))
        {
            return false;
        }

        var words = TriviaText.CountWords(line.Text);
        return words >= context.Rules.MinWords
            && words <= context.Rules.MaxWords
            && context.HasSubstance(line.Text)
            && !context.Names.Mentions(line.SpeakerId!.Value, line.Text);
    }

    private IEnumerable<long> DistractorPool(TriviaLine line) => DistractorTiers(line).SelectMany(tier => tier);

    /// <summary>Same-story speakers first, then the fandom's other speakers.</summary>
    private IEnumerable<IReadOnlyList<long>> DistractorTiers(TriviaLine line)
    {
        var speaker = line.SpeakerId!.Value;
        var sameStory = Usable(context.SpeakersByStory.GetValueOrDefault(line.StoryId) ?? [], speaker, line.Text).ToList();
        yield return sameStory;
        var fandom = context.SpeakersByFandom.GetValueOrDefault(context.FandomOf(line.StoryId)) ?? [];
        yield return [.. Usable(fandom, speaker, line.Text).Except(sameStory)];
    }

    private IEnumerable<long> Usable(IEnumerable<long> speakers, long speaker, string text) =>
        speakers.Where(id => !context.Names.SamePerson(id, speaker) && !context.Names.Mentions(id, text));

    private static long[] Shuffled(IReadOnlyList<long> ids, Random random)
    {
        var copy = ids.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
