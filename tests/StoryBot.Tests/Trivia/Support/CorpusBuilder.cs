using StoryBot.Data.Trivia;
using StoryBot.Corpus.Model;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>Hand-made corpora for generator tests: stories, characters, lines and passages with readable ids.</summary>
public sealed class CorpusBuilder
{
    private readonly List<TriviaStory> _stories = [];
    private readonly List<TriviaChapter> _chapters = [];
    private readonly List<TriviaCharacter> _characters = [];
    private readonly List<TriviaLine> _lines = [];
    private readonly List<TriviaPassage> _passages = [];
    private long _nextId = 1;

    public long Story(string title, Rating rating = Rating.General)
    {
        var id = _stories.Count + 1;
        _stories.Add(new TriviaStory(id, title, rating));
        _chapters.Add(new TriviaChapter(id * 100, id, 1, $"{title} chapter one"));
        return id;
    }

    public long Character(string name, params string[] aliases)
    {
        var id = _characters.Count + 1;
        _characters.Add(new TriviaCharacter(id, name, aliases));
        return id;
    }

    public long Line(long story, long? speaker, string text, double confidence = 0.95, DialogueKind kind = DialogueKind.Speech, int? paragraph = null)
    {
        var id = _nextId++;
        _lines.Add(new TriviaLine(id, story, story * 100, paragraph ?? (int)id, text, kind, speaker, confidence));
        return id;
    }

    public long Passage(long story, string text)
    {
        var id = _nextId++;
        _passages.Add(new TriviaPassage(id, story, story * 100, (int)id, text));
        return id;
    }

    public TriviaCorpus Build() => new(_stories, _chapters, _characters, _lines, _passages);
}
