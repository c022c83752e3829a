using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// Which stored chapter each part of a file replaces, for <see cref="ChapterWriter"/>: the file's own parts (by its
/// import key), else the chapter the producer matched or the story's chapter of that number whose file is gone (moved
/// and edited).
/// </summary>
internal sealed class SqliteChapterMatcher
{
    private readonly SqlBatchCommand partsOf, chapterInfo, chapterByNumber;

    /// <param name="add">Creates a statement the writer enlists in its transaction.</param>
    public SqliteChapterMatcher(Func<string, string[], SqlBatchCommand> add)
    {
        partsOf = add("SELECT Part, Id, StoryId, Number FROM Chapters WHERE SourcePath = $path", ["$path"]);
        chapterInfo = add("SELECT StoryId, Number FROM Chapters WHERE Id = $id", ["$id"]);
        chapterByNumber = add("SELECT Id, SourcePath FROM Chapters WHERE StoryId = $story AND Number = $number", ["$story", "$number"]);
    }

    /// <summary>The file's chapters as stored: part → (id, story, number).</summary>
    public Dictionary<int, (int Id, int StoryId, int Number)> Stored(string sourcePath)
    {
        var stored = new Dictionary<int, (int Id, int StoryId, int Number)>();
        using SqliteDataReader reader = partsOf.Reader(sourcePath);
        while (reader.Read())
        {
            stored[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }

        return stored;
    }

    /// <summary>
    /// For a part the file did not have before: the chapter the producer matched (<paramref name="existingId"/>), or the
    /// story's chapter <paramref name="number"/> whose file is gone; null when neither.
    /// </summary>
    public (int Id, int StoryId, int Number)? Elsewhere(int? existingId, int storyId, int? number) =>
        (existingId ?? MovedChapter(storyId, number)) is int id ? Describe(id) : null;

    private int? MovedChapter(int storyId, int? number)
    {
        if (number is null)
        {
            return null;
        }

        using SqliteDataReader reader = chapterByNumber.Reader(storyId, number.Value);
        while (reader.Read())
        {
            if (!File.Exists(reader.GetString(1)))
            {
                return reader.GetInt32(0);
            }
        }

        return null;
    }

    private (int Id, int StoryId, int Number)? Describe(int chapterId)
    {
        using SqliteDataReader reader = chapterInfo.Reader(chapterId);
        return reader.Read() ? (chapterId, reader.GetInt32(0), reader.GetInt32(1)) : null;
    }
}
