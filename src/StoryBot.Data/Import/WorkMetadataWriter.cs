using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Data.Import;

/// <summary>
/// Stores what a work says about itself on its story: series, part, dates and language (a value the file does not
/// state leaves the stored one alone), and the tag lists, replaced as a whole when the file lists any.
/// </summary>
internal sealed class WorkMetadataWriter(SqlBatchCommand update, SqlBatchCommand deleteTags, SqlBatchCommand insertTag)
{
    public const string UpdateSql =
        "UPDATE Stories SET Series = coalesce($series, Series), SeriesPart = CASE WHEN $series IS NULL THEN SeriesPart ELSE $part END, " +
        "PublishedOn = coalesce($published, PublishedOn), UpdatedOn = coalesce($updated, UpdatedOn), Language = coalesce($language, Language) " +
        "WHERE Id = $story";

    public const string DeleteTagsSql = "DELETE FROM StoryTags WHERE StoryId = $story";

    public const string InsertTagSql = "INSERT INTO StoryTags (StoryId, Kind, Name, Position) VALUES ($story, $kind, $name, $position)";

    public static readonly string[] UpdateParameters = ["$story", "$series", "$part", "$published", "$updated", "$language"];

    public static readonly string[] InsertTagParameters = ["$story", "$kind", "$name", "$position"];

    public void Write(int storyId, WorkMetadata work)
    {
        if (work.HasNoTags)
        {
            return;
        }

        update.Execute(storyId, work.Series, work.SeriesPart, Date(work.Published), Date(work.Updated), work.Language);
        var tags = WorkTags.Of(work);
        if (tags.Count == 0)
        {
            return;
        }

        deleteTags.Execute(storyId);
        foreach ((WorkTagKind kind, string name, int position) in tags)
        {
            insertTag.Execute(storyId, (int)kind, name, position);
        }
    }

    /// <summary>Dates as EF Core stores <see cref="DateOnly"/> in SQLite ("yyyy-MM-dd").</summary>
    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
