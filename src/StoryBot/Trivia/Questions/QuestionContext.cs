using StoryBot.Data.Trivia;
using StoryBot.Corpus.Model;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>A corpus with the indexes every generator needs: names, who speaks where, lines by id.</summary>
internal sealed class QuestionContext
{
    public QuestionContext(TriviaCorpus corpus, QuestionRules rules)
    {
        Corpus = corpus;
        Rules = rules;
        Names = new CharacterNames(corpus.Characters.Values);
        LinesById = corpus.Lines.ToDictionary(line => line.Id);
        PassagesById = corpus.Passages.ToDictionary(passage => passage.Id);
        var confident = corpus.Lines.Where(IsConfidentSpeech).ToList();
        SpeakersByStory = confident
            .GroupBy(line => line.StoryId)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<long>)[.. group.GroupBy(line => line.SpeakerId!.Value).OrderByDescending(speaker => speaker.Count()).ThenBy(speaker => speaker.Key).Select(speaker => speaker.Key)]);
        SpeakersByFandom = confident
            .GroupBy(line => FandomOf(line.StoryId))
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<long>)[.. group.GroupBy(line => line.SpeakerId!.Value).OrderByDescending(speaker => speaker.Count()).ThenBy(speaker => speaker.Key).Select(speaker => speaker.Key)]);
    }

    /// <summary>
    /// A slice of a library: names and distractor pools come from the library's <paramref name="index"/>, and only
    /// lines of <paramref name="focusChapters"/> (all, when null) become questions; the rest of the slice is material
    /// for choices.
    /// </summary>
    public QuestionContext(TriviaCorpus corpus, QuestionRules rules, QuestionIndex index, IReadOnlySet<long>? focusChapters)
    {
        Corpus = corpus;
        Rules = rules;
        Names = index.Names;
        LinesById = corpus.Lines.ToDictionary(line => line.Id);
        PassagesById = corpus.Passages.ToDictionary(passage => passage.Id);
        SpeakersByStory = index.SpeakersByStory;
        SpeakersByFandom = index.SpeakersByFandom;
        FocusChapters = focusChapters;
    }

    public TriviaCorpus Corpus { get; }

    public QuestionRules Rules { get; }

    public CharacterNames Names { get; }

    public IReadOnlyDictionary<long, TriviaLine> LinesById { get; }

    public IReadOnlyDictionary<long, TriviaPassage> PassagesById { get; }

    /// <summary>Listed characters with at least one confidently attributed line in the story, most lines first.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>> SpeakersByStory { get; }

    /// <summary>The same across every story of a fandom (stories without a fandom form one group).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<long>> SpeakersByFandom { get; }

    /// <summary>Chapters whose lines and passages may be asked about; null: every chapter of the corpus.</summary>
    public IReadOnlySet<long>? FocusChapters { get; }

    public bool InFocus(long chapterId) => FocusChapters is null || FocusChapters.Contains(chapterId);

    public string FandomOf(long storyId) => QuestionIndex.FandomOf(Corpus.Stories, storyId);

    /// <summary>Speech by a listed character that attribution is sure of (at or above <see cref="QuestionRules.MinConfidence"/>).</summary>
    public bool IsConfidentSpeech(TriviaLine line) =>
        line.Kind == DialogueKind.Speech
        && line.SpeakerId is { } speaker
        && Corpus.Characters.ContainsKey(speaker)
        && line.Confidence >= Rules.MinConfidence;

    public bool HasSubstance(string text) => TriviaText.HasSubstance(text, Names.Tokens, Rules.MinContentWords);

    public string StoryTitle(long storyId) => Corpus.Stories.TryGetValue(storyId, out var story) ? story.Title : "an unknown story";

    public string CharacterName(long characterId) => Corpus.Characters[characterId].Name;

    public AnswerContext ContextFor(long storyId, long chapterId, long? speakerId, long? addresseeId, string fullText)
    {
        Corpus.Chapters.TryGetValue(chapterId, out var chapter);
        return new AnswerContext(
            StoryTitle(storyId),
            chapter?.Number ?? 0,
            chapter?.Title,
            speakerId is { } speaker ? CharacterName(speaker) : null,
            addresseeId is { } addressee ? CharacterName(addressee) : null,
            fullText);
    }
}
