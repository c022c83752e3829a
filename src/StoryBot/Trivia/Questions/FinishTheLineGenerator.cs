using StoryBot.Corpus.Model;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// "Finish the line": the start of a complete spoken line (8–40 words, a whole sentence that says something) and four
/// endings: its own and the endings of other lines of the same story, closest in length first (the fandom's other
/// stories fill in when one story has too few lines). Endings are never duplicates of each other.
/// </summary>
internal sealed class FinishTheLineGenerator : IQuestionGenerator
{
    public const int MaxWrongEndings = 3;
    private const int ClosestPoolSize = 8;

    private readonly QuestionContext _context;
    private readonly Dictionary<long, LineSplit> _splits;
    private readonly Dictionary<long, string> _endingKeys;
    private readonly Dictionary<string, int> _distinctEndingsByFandom;

    public FinishTheLineGenerator(QuestionContext context)
    {
        _context = context;
        _splits = [];
        foreach (var line in context.Corpus.Lines.Where(Qualifies))
        {
            if (LineSplit.Of(line.Text) is { } split)
            {
                _splits[line.Id] = split;
            }
        }

        _endingKeys = _splits.ToDictionary(pair => pair.Key, pair => TriviaText.Comparable(pair.Value.Ending));
        _distinctEndingsByFandom = _splits.Keys
            .GroupBy(id => context.FandomOf(context.LinesById[id].StoryId))
            .ToDictionary(group => group.Key, group => group.Select(id => _endingKeys[id]).Distinct(StringComparer.Ordinal).Count());
    }

    public QuestionKind Kind => QuestionKind.FinishTheLine;

    public IEnumerable<QuestionCandidate> Candidates() =>
        _splits.Keys.Select(CandidateFor).OfType<QuestionCandidate>();

    public QuestionCandidate? CandidateFor(long sourceId) =>
        _splits.ContainsKey(sourceId)
        && _context.LinesById[sourceId] is var line
        && _context.InFocus(line.ChapterId)
        && _distinctEndingsByFandom.GetValueOrDefault(_context.FandomOf(line.StoryId)) >= 2
            ? new QuestionCandidate(Kind, $"finish:{line.Id}", $"line:{line.Id}", line.StoryId, line.Id)
            : null;

    public TriviaQuestion? Create(QuestionCandidate candidate, Random random)
    {
        if (!_context.LinesById.TryGetValue(candidate.SourceId, out var line) || !_splits.TryGetValue(line.Id, out var split))
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { _endingKeys[line.Id] };
        var wrong = new List<string>();
        foreach (var tier in Tiers(line))
        {
            var closest = tier
                .OrderBy(other => Math.Abs(_splits[other.Id].EndingWords - split.EndingWords))
                .ThenBy(_ => random.Next())
                .Take(ClosestPoolSize)
                .ToArray();
            random.Shuffle(closest);
            foreach (var other in closest)
            {
                var ending = _splits[other.Id].Ending;
                if (wrong.Count < MaxWrongEndings && seen.Add(_endingKeys[other.Id]))
                {
                    wrong.Add(ending);
                }
            }
        }

        if (wrong.Count == 0)
        {
            return null;
        }

        var choices = wrong.Append(split.Ending).ToArray();
        random.Shuffle(choices);
        var speaker = _context.IsConfidentSpeech(line) ? line.SpeakerId : null;
        return new TriviaQuestion(
            Kind,
            candidate.Key,
            candidate.SourceKey,
            line.StoryId,
            split.Start,
            [.. choices.Select(ending => "…" + ending)],
            Array.IndexOf(choices, split.Ending),
            _context.ContextFor(line.StoryId, line.ChapterId, speaker, speaker is null ? null : AddresseeGuesser.Guess(_context, line), line.Text));
    }

    private bool Qualifies(TriviaLine line)
    {
        if (line.Kind != DialogueKind.Speech)
        {
            return false;
        }

        var words = TriviaText.CountWords(line.Text);
        return words >= _context.Rules.FinishMinWords
            && words <= _context.Rules.MaxWords
            && TriviaText.StartsLikeASentence(line.Text)
            && TriviaText.EndsLikeASentence(line.Text)
            && _context.HasSubstance(line.Text);
    }

    /// <summary>Other lines of the same story, then of the fandom's other stories, with a different ending.</summary>
    private IEnumerable<IReadOnlyList<TriviaLine>> Tiers(TriviaLine line)
    {
        var ending = _endingKeys[line.Id];
        var others = _splits.Keys
            .Where(id => id != line.Id && _endingKeys[id] != ending)
            .Select(id => _context.LinesById[id])
            .ToList();
        yield return [.. others.Where(other => other.StoryId == line.StoryId)];
        var fandom = _context.FandomOf(line.StoryId);
        yield return [.. others.Where(other => other.StoryId != line.StoryId && _context.FandomOf(other.StoryId) == fandom)];
    }
}
