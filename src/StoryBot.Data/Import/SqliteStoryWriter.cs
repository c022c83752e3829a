using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>
/// The stories half of <see cref="ChapterWriter"/>: finds or creates a file's story in the writer's library by its slug
/// (ids cached for the batch), updates what the file says about it, and its work metadata.
/// </summary>
internal sealed class SqliteStoryWriter
{
    private readonly Dictionary<string, int> storyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Title, string? Author), string> slugs = [];
    private readonly SqlBatchCommand findStory, storyAuthor, storyChapters, insertStory, updateStory;
    private readonly WorkMetadataWriter workWriter;

    /// <param name="add">Creates a statement the writer enlists in its transaction.</param>
    public SqliteStoryWriter(object guild, Func<string, string[], SqlBatchCommand> add)
    {
        findStory = add("SELECT Id FROM Stories WHERE Slug = $slug AND GuildId IS $guild", ["$slug"]).With("$guild", guild);
        storyAuthor = add("SELECT coalesce(Author, '') FROM Stories WHERE Slug = $slug AND GuildId IS $guild", ["$slug"]).With("$guild", guild);
        storyChapters = add("SELECT c.SourcePath, c.Number FROM Chapters c JOIN Stories s ON s.Id = c.StoryId WHERE s.Slug = $slug AND s.GuildId IS $guild", ["$slug"])
            .With("$guild", guild);
        insertStory = add(
            "INSERT INTO Stories (Slug, Title, Author, Rating, Summary, SourceUrl, CreatedAt, UpdatedAt, GuildId) " +
            "VALUES ($slug, $title, $author, $rating, $summary, $url, $now, $now, $guild) RETURNING Id",
            ["$slug", "$title", "$author", "$rating", "$summary", "$url", "$now"]).With("$guild", guild);
        updateStory = add(
            "UPDATE Stories SET Title = $title, Author = coalesce($author, Author), " +
            "Rating = CASE WHEN $rating > 0 THEN $rating ELSE Rating END, Summary = coalesce($summary, Summary), " +
            "SourceUrl = coalesce($url, SourceUrl), UpdatedAt = $now WHERE Id = $id",
            ["$id", "$title", "$author", "$rating", "$summary", "$url", "$now"]);
        workWriter = new WorkMetadataWriter(add(WorkMetadataWriter.UpdateSql, WorkMetadataWriter.UpdateParameters),
            add(WorkMetadataWriter.DeleteTagsSql, ["$story"]), add(WorkMetadataWriter.InsertTagSql, WorkMetadataWriter.InsertTagParameters));
    }

    /// <summary>The story of <paramref name="prepared"/> (created, or updated with what the file says); its id.</summary>
    public int Upsert(PreparedChapter prepared, DateTime now)
    {
        ChapterMetadata metadata = prepared.Parts[0].Metadata;
        string slug = Slug(prepared);
        int rating = (int)metadata.Rating;
        if (storyIds.TryGetValue(slug, out int cached) || findStory.Scalar(slug) is long found && (cached = (int)found) > 0)
        {
            updateStory.Execute(cached, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now);
            storyIds[slug] = cached;
            workWriter.Write(cached, prepared.Work);
            return cached;
        }

        int id = (int)(long)insertStory.Scalar(slug, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now)!;
        storyIds[slug] = id;
        workWriter.Write(id, prepared.Work);
        return id;
    }

    /// <summary>The key of the file's story in this library (<see cref="StoryKeys"/>): its title's slug, or title and author.</summary>
    public string Slug(PreparedChapter prepared)
    {
        string? author = prepared.Parts.Count > 0 ? prepared.Parts[0].Metadata.Author : null;
        var key = (Slugs.From(prepared.StoryTitle), author is null ? null : Slugs.From(author));
        if (!slugs.TryGetValue(key, out string? slug))
        {
            slug = StoryKeys.Resolve(prepared.StoryTitle, author, s => storyAuthor.Scalar(s) as string);
            slugs[key] = slug;
        }

        return slug;
    }

    /// <summary>The stored chapters (file and number) of the story <paramref name="slug"/>.</summary>
    public List<(string SourcePath, int Number)> Chapters(string slug)
    {
        var chapters = new List<(string SourcePath, int Number)>();
        using Microsoft.Data.Sqlite.SqliteDataReader reader = storyChapters.Reader(slug);
        while (reader.Read())
        {
            chapters.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return chapters;
    }

    /// <summary>Forgets the cached ids (a rolled-back file, a rollback, or stories deleted).</summary>
    public void Forget()
    {
        storyIds.Clear();
        slugs.Clear();
    }
}
