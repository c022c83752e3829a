using StoryBot.Data.Trivia;
namespace StoryBot.Trivia.Sources;

/// <summary>An immutable snapshot of the stories, characters, chapters, lines and passages trivia draws from.</summary>
public sealed class TriviaCorpus
{
    public TriviaCorpus(
        IEnumerable<TriviaStory> stories,
        IEnumerable<TriviaChapter> chapters,
        IEnumerable<TriviaCharacter> characters,
        IEnumerable<TriviaLine> lines,
        IEnumerable<TriviaPassage> passages)
    {
        Stories = stories.ToDictionary(story => story.Id);
        Chapters = chapters.ToDictionary(chapter => chapter.Id);
        Characters = characters.ToDictionary(character => character.Id);
        Lines = [.. lines.OrderBy(line => line.StoryId).ThenBy(line => line.ChapterId).ThenBy(line => line.ParagraphIndex).ThenBy(line => line.Id)];
        Passages = [.. passages];
        LinesByChapter = Lines.GroupBy(line => line.ChapterId).ToDictionary(group => group.Key, group => (IReadOnlyList<TriviaLine>)[.. group]);
    }

    /// <summary>A slice of the library: the catalog's (already filtered) stories, chapters and characters, and some text.</summary>
    internal TriviaCorpus(
        IReadOnlyDictionary<long, TriviaStory> stories,
        IReadOnlyDictionary<long, TriviaChapter> chapters,
        IReadOnlyDictionary<long, TriviaCharacter> characters,
        TriviaRows rows)
    {
        Stories = stories;
        Chapters = chapters;
        Characters = characters;
        Lines = [.. rows.Lines.Where(line => stories.ContainsKey(line.StoryId)).OrderBy(line => line.StoryId).ThenBy(line => line.ChapterId).ThenBy(line => line.ParagraphIndex).ThenBy(line => line.Id)];
        Passages = [.. rows.Passages.Where(passage => stories.ContainsKey(passage.StoryId))];
        LinesByChapter = Lines.GroupBy(line => line.ChapterId).ToDictionary(group => group.Key, group => (IReadOnlyList<TriviaLine>)[.. group]);
    }

    public static TriviaCorpus Empty { get; } = new([], [], [], [], []);

    /// <summary>The whole library in memory (small libraries, tests): the catalog with every row.</summary>
    public static TriviaCorpus From(TriviaCatalog catalog, TriviaRows rows)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(catalog.Stories, catalog.Chapters, catalog.Characters, rows);
    }

    public IReadOnlyDictionary<long, TriviaStory> Stories { get; }

    public IReadOnlyDictionary<long, TriviaChapter> Chapters { get; }

    public IReadOnlyDictionary<long, TriviaCharacter> Characters { get; }

    /// <summary>Lines in reading order: story, chapter, paragraph.</summary>
    public IReadOnlyList<TriviaLine> Lines { get; }

    public IReadOnlyList<TriviaPassage> Passages { get; }

    public IReadOnlyDictionary<long, IReadOnlyList<TriviaLine>> LinesByChapter { get; }

    /// <summary>The same corpus without the stories <paramref name="keep"/> rejects (e.g. adult stories in a SFW channel).</summary>
    public TriviaCorpus Where(Func<TriviaStory, bool> keep)
    {
        var kept = Stories.Values.Where(keep).Select(story => story.Id).ToHashSet();
        return new TriviaCorpus(
            Stories.Values.Where(story => kept.Contains(story.Id)),
            Chapters.Values.Where(chapter => kept.Contains(chapter.StoryId)),
            Characters.Values,
            Lines.Where(line => kept.Contains(line.StoryId)),
            Passages.Where(passage => kept.Contains(passage.StoryId)));
    }
}
