using StoryBot.Data.Trivia;
using StoryBot.Corpus.Model;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// The small part of the library trivia keeps in memory: stories, chapters, characters, the confident speakers of
/// each story (for distractors) and how many lines and passages there are. No text.
/// </summary>
public sealed class TriviaCatalog
{
    public TriviaCatalog(
        IEnumerable<TriviaStory> stories,
        IEnumerable<TriviaChapter> chapters,
        IEnumerable<TriviaCharacter> characters,
        IEnumerable<TriviaSpeaker> speakers,
        int lineCount,
        int paragraphCount)
    {
        Stories = stories.ToDictionary(story => story.Id);
        Chapters = chapters.ToDictionary(chapter => chapter.Id);
        Characters = characters.ToDictionary(character => character.Id);
        Speakers = [.. speakers];
        LineCount = lineCount;
        ParagraphCount = paragraphCount;
    }

    public static TriviaCatalog Empty { get; } = new([], [], [], [], 0, 0);

    public IReadOnlyDictionary<long, TriviaStory> Stories { get; }

    public IReadOnlyDictionary<long, TriviaChapter> Chapters { get; }

    public IReadOnlyDictionary<long, TriviaCharacter> Characters { get; }

    /// <summary>Per story, the listed characters with confidently attributed speech.</summary>
    public IReadOnlyList<TriviaSpeaker> Speakers { get; }

    /// <summary>Stored quoted spans (every kind).</summary>
    public int LineCount { get; }

    /// <summary>Paragraphs passages are drawn from (every paragraph of the library; in-memory corpora: their passages).</summary>
    public int ParagraphCount { get; }

    /// <summary>Lines and paragraphs: how much text a whole-library bank would hold.</summary>
    public int RowCount => LineCount + ParagraphCount;

    /// <summary>The catalog of an in-memory corpus (tests, tools): speakers counted from its confident lines.</summary>
    public static TriviaCatalog Of(TriviaCorpus corpus, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var speakers = corpus.Lines
            .Where(line => line.Kind == DialogueKind.Speech && line.SpeakerId is { } id && corpus.Characters.ContainsKey(id) && line.Confidence >= minConfidence)
            .GroupBy(line => (line.StoryId, Speaker: line.SpeakerId!.Value))
            .Select(group => new TriviaSpeaker(group.Key.StoryId, group.Key.Speaker, group.Count()));
        return new TriviaCatalog(corpus.Stories.Values, corpus.Chapters.Values, corpus.Characters.Values, speakers, corpus.Lines.Count, corpus.Passages.Count);
    }
}
