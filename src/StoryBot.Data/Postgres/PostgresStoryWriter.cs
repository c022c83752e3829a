using StoryBot.Corpus.Model;
using StoryBot.Data.Import;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The stories half of <see cref="PostgresChapterWriter"/>: finds or creates a file's story in the writer's library by its
/// slug (ids cached for the batch), updates what the file says about it, and its work metadata.
/// </summary>
internal sealed class PostgresStoryWriter(PostgresWriterCommands commands, object guild)
{
    private readonly Dictionary<string, int> storyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Title, string? Author), string> slugs = [];

    /// <summary>The story of <paramref name="prepared"/> (created, or updated with what the file says); its id.</summary>
    public int Upsert(PreparedChapter prepared, DateTime now)
    {
        ChapterMetadata metadata = prepared.Parts[0].Metadata;
        string slug = Slug(prepared);
        int rating = (int)metadata.Rating;
        int id;
        if (storyIds.TryGetValue(slug, out int cached) || commands.Scalar("SELECT \"Id\" FROM \"Stories\" WHERE \"Slug\" = $1 AND \"GuildId\" IS NOT DISTINCT FROM $2", slug, guild) is int found && (cached = found) > 0)
        {
            commands.Execute("UPDATE \"Stories\" SET \"Title\" = $2, \"Author\" = coalesce($3, \"Author\"), " +
                "\"Rating\" = CASE WHEN $4 > 0 THEN $4 ELSE \"Rating\" END, \"Summary\" = coalesce($5, \"Summary\"), " +
                "\"SourceUrl\" = coalesce($6, \"SourceUrl\"), \"UpdatedAt\" = $7 WHERE \"Id\" = $1",
                cached, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now);
            id = cached;
        }
        else
        {
            id = (int)commands.Scalar("INSERT INTO \"Stories\" (\"Slug\", \"Title\", \"Author\", \"Rating\", \"Summary\", \"SourceUrl\", \"CreatedAt\", \"UpdatedAt\", \"GuildId\") " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING \"Id\"",
                slug, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now, guild)!;
        }

        storyIds[slug] = id;
        WriteWork(id, prepared.Work);
        return id;
    }

    /// <summary>The key of the file's story in this library (<see cref="StoryKeys"/>): its title's slug, or title and author.</summary>
    public string Slug(PreparedChapter prepared)
    {
        string? author = prepared.Parts.Count > 0 ? prepared.Parts[0].Metadata.Author : null;
        var key = (Slugs.From(prepared.StoryTitle), author is null ? null : Slugs.From(author));
        if (!slugs.TryGetValue(key, out string? slug))
        {
            slug = StoryKeys.Resolve(prepared.StoryTitle, author, s =>
                commands.Scalar("SELECT coalesce(\"Author\", '') FROM \"Stories\" WHERE \"Slug\" = $1 AND \"GuildId\" IS NOT DISTINCT FROM $2", s, guild) as string);
            slugs[key] = slug;
        }

        return slug;
    }

    /// <summary>The stored chapters (file and number) of the story <paramref name="slug"/>.</summary>
    public List<(string SourcePath, int Number)> Chapters(string slug)
    {
        var chapters = new List<(string SourcePath, int Number)>();
        using Npgsql.NpgsqlCommand command = commands.Command("SELECT c.\"SourcePath\", c.\"Number\" FROM \"Chapters\" c JOIN \"Stories\" s ON s.\"Id\" = c.\"StoryId\" " +
            "WHERE s.\"Slug\" = $1 AND s.\"GuildId\" IS NOT DISTINCT FROM $2", slug, guild);
        using Npgsql.NpgsqlDataReader reader = command.ExecuteReader();
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

    /// <summary>Series, dates and language (a value the file does not state leaves the stored one); tags replaced when the file lists any.</summary>
    private void WriteWork(int storyId, WorkMetadata work)
    {
        if (work.HasNoTags)
        {
            return;
        }

        commands.Execute("UPDATE \"Stories\" SET \"Series\" = coalesce($2, \"Series\"), \"SeriesPart\" = CASE WHEN $2 IS NULL THEN \"SeriesPart\" ELSE $3 END, " +
            "\"PublishedOn\" = coalesce($4, \"PublishedOn\"), \"UpdatedOn\" = coalesce($5, \"UpdatedOn\"), \"Language\" = coalesce($6, \"Language\") WHERE \"Id\" = $1",
            storyId, work.Series, work.SeriesPart, work.Published, work.Updated, work.Language);
        var tags = WorkTags.Of(work);
        if (tags.Count == 0)
        {
            return;
        }

        commands.Execute("DELETE FROM \"StoryTags\" WHERE \"StoryId\" = $1", storyId);
        foreach ((Corpus.Works.WorkTagKind kind, string name, int position) in tags)
        {
            commands.Execute("INSERT INTO \"StoryTags\" (\"StoryId\", \"Kind\", \"Name\", \"Position\") VALUES ($1, $2, $3, $4)", storyId, (int)kind, name, position);
        }
    }
}
