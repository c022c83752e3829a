using StoryBot.Data.Trivia;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// "Which story?": a short passage (20–90 words) with every listed name and the story's own title masked, and up to
/// four story titles. Only stories with real titles take part (an "Untitled — “opening words…”" title cannot be told
/// apart from another): the passage's story and every other choice; offered when there are at least two.
/// </summary>
internal sealed partial class WhichStoryGenerator(QuestionContext context) : IQuestionGenerator
{
    public const int MaxChoices = 4;

    /// <summary>At most a quarter of a passage's words may be masked names, or there is nothing left to recognise.</summary>
    private const double MaxMaskedShare = 0.25;

    public QuestionKind Kind => QuestionKind.WhichStory;

    public IEnumerable<QuestionCandidate> Candidates() =>
        context.Corpus.Passages.Select(passage => CandidateFor(passage.Id)).OfType<QuestionCandidate>();

    public QuestionCandidate? CandidateFor(long sourceId) =>
        _hasTwoTitles.Value
        && context.PassagesById.TryGetValue(sourceId, out var passage)
        && context.Corpus.Stories.ContainsKey(passage.StoryId)
        && !Corpus.Parsing.DisplayTitles.IsPlaceholder(context.StoryTitle(passage.StoryId))
        && context.InFocus(passage.ChapterId)
        && Masked(passage) is not null
            ? new QuestionCandidate(Kind, $"story:{passage.Id}", $"paragraph:{passage.Id}", passage.StoryId, passage.Id)
            : null;

    public TriviaQuestion? Create(QuestionCandidate candidate, Random random)
    {
        if (!context.PassagesById.TryGetValue(candidate.SourceId, out var passage) || Masked(passage) is not { } masked)
        {
            return null;
        }

        var title = context.StoryTitle(passage.StoryId);
        var fandom = context.FandomOf(passage.StoryId);
        var others = DistinctTitles()
            .Where(pair => !string.Equals(pair.Key, title, StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Value == fandom ? 0 : 1)
            .ThenBy(_ => random.Next())
            .Select(pair => pair.Key)
            .Take(MaxChoices - 1);
        var choices = others.Append(title).ToArray();
        random.Shuffle(choices);
        return new TriviaQuestion(
            Kind,
            candidate.Key,
            candidate.SourceKey,
            passage.StoryId,
            masked,
            choices,
            Array.IndexOf(choices, title),
            context.ContextFor(passage.StoryId, passage.ChapterId, null, null, passage.Text));
    }

    /// <summary>The passage with names and title masked, or null when it is the wrong length or mostly names.</summary>
    internal string? Masked(TriviaPassage passage)
    {
        var words = TriviaText.CountWords(passage.Text);
        if (words < context.Rules.PassageMinWords || words > context.Rules.PassageMaxWords || LooksLikeAHeader(passage.Text) || QuotesATitle(passage.Text))
        {
            return null;
        }

        var title = context.StoryTitle(passage.StoryId);
        var masked = context.Names.MaskAll(passage.Text);
        if (title.Length > 0)
        {
            masked = masked.Replace(title, CharacterNames.Mask, StringComparison.OrdinalIgnoreCase);
        }

        var maskCount = (masked.Length - masked.Replace(CharacterNames.Mask, string.Empty, StringComparison.Ordinal).Length) / CharacterNames.Mask.Length;
        return maskCount <= words * MaxMaskedShare && context.HasSubstance(masked) ? masked : null;
    }

    /// <summary>
    /// Untitled stories are shown by their opening words (Untitled — “Naruto never thought he could hate…”); a passage
    /// containing such words would give its answer away.
    /// </summary>
    private bool QuotesATitle(string text) =>
        _titleSnippets.Value.Any(snippet => text.Contains(snippet, StringComparison.OrdinalIgnoreCase));

    private readonly Lazy<bool> _hasTwoTitles = new(() =>
        context.Corpus.Stories.Values.Select(story => story.Title).Where(title => !Corpus.Parsing.DisplayTitles.IsPlaceholder(title))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(2).Count() == 2);

    private readonly Lazy<IReadOnlyList<string>> _titleSnippets = new(() =>
        [.. context.Corpus.Stories.Values
            .SelectMany(story => TitleSnippet().Matches(story.Title))
            .Select(match => match.Groups[1].Value.TrimEnd('…', '.', ' '))
            .Where(snippet => snippet.Length >= 12)]);

    [System.Text.RegularExpressions.GeneratedRegex("[“\"]([^”\"]+)[”\"]")]
    private static partial System.Text.RegularExpressions.Regex TitleSnippet();

    /// <summary>"Summary: …", "Part 1:", "Disclaimer: …" lines are front matter, not story.</summary>
    private static bool LooksLikeAHeader(string text)
    {
        var first = text.TrimStart().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return first.Take(2).Any(token => token.EndsWith(':'));
    }

    /// <summary>Story titles (case-insensitively distinct), each with its fandom.</summary>
    private Dictionary<string, string> DistinctTitles()
    {
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var story in context.Corpus.Stories.Values.Where(story => !Corpus.Parsing.DisplayTitles.IsPlaceholder(story.Title)).OrderBy(story => story.Id))
        {
            titles.TryAdd(story.Title, context.FandomOf(story.Id));
        }

        return titles;
    }
}
