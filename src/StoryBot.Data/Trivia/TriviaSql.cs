using StoryBot.Data.Libraries;

namespace StoryBot.Data.Trivia;

/// <summary>
/// The raw SQL of <see cref="TriviaQueries"/> (quoted identifiers: the same text runs on SQLite and PostgreSQL).
/// <c>{library}</c> and <c>{character}</c> stand for the scope's predicate over the <c>s</c> (story) and <c>ch</c>
/// (speaker) aliases; <see cref="Scoped"/> fills them in.
/// </summary>
internal static class TriviaSql
{
    /// <summary>
    /// Speakers per story: speech spans grouped by paragraph and speaker so a line split by its speech tag counts as
    /// one line, and sure only when every such span is (never looser than the merged lines the questions use).
    /// </summary>
    public const string Speakers =
        "SELECT c.\"StoryId\", g.\"SpeakerId\", COUNT(*) FROM " +
        "(SELECT \"ChapterId\", \"SpeakerId\", MIN(\"Confidence\") AS \"Confidence\" FROM \"DialogueLines\" " +
        " WHERE \"Kind\" = @speech AND \"SpeakerId\" IS NOT NULL GROUP BY \"ParagraphId\", \"SpeakerId\", \"ChapterId\") AS g " +
        "JOIN \"Chapters\" AS c ON c.\"Id\" = g.\"ChapterId\" JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" JOIN \"Characters\" AS ch ON ch.\"Id\" = g.\"SpeakerId\" " +
        "WHERE g.\"Confidence\" >= @min AND {library} AND {character} GROUP BY c.\"StoryId\", g.\"SpeakerId\"";

    /// <summary>
    /// What changes when chapters are imported, re-imported or removed (lines are only ever written with their chapter,
    /// which gets a new ImportedAt, and take new ids), and the id ranges; one command of primary-key lookups.
    /// </summary>
    public const string Snapshot =
        "SELECT (SELECT COUNT(*) FROM \"Chapters\"), (SELECT MAX(\"ImportedAt\") FROM \"Chapters\"), (SELECT MAX(\"Id\") FROM \"DialogueLines\"), " +
        "(SELECT COUNT(*) FROM \"Characters\"), (SELECT COUNT(*) FROM \"Stories\"), (SELECT MIN(\"Id\") FROM \"DialogueLines\"), (SELECT MAX(\"Id\") FROM \"DialogueLines\"), " +
        "(SELECT MIN(\"Id\") FROM \"Paragraphs\"), (SELECT MAX(\"Id\") FROM \"Paragraphs\")";

    /// <summary>The spans of one chapter (run once per chapter on the ChapterId index).</summary>
    public const string Spans =
        "SELECT d.\"Id\", c.\"StoryId\", d.\"ChapterId\", d.\"ParagraphId\", p.\"Index\", d.\"Start\", d.\"Text\", d.\"Kind\", d.\"SpeakerId\", d.\"Confidence\", d.\"SpeakerMention\" " +
        "FROM \"DialogueLines\" AS d JOIN \"Paragraphs\" AS p ON p.\"Id\" = d.\"ParagraphId\" JOIN \"Chapters\" AS c ON c.\"Id\" = d.\"ChapterId\" " +
        "JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" WHERE d.\"ChapterId\" = @chapter AND {library}";

    /// <summary>The chapter of the first spoken line in [@from, @to) (id range), of a story the channel may see.</summary>
    public const string SpeechChapter =
        "SELECT d.\"ChapterId\" FROM \"DialogueLines\" AS d JOIN \"Chapters\" AS c ON c.\"Id\" = d.\"ChapterId\" JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" " +
        "WHERE d.\"Id\" >= @from AND d.\"Id\" < @to AND d.\"Kind\" = @speech AND (@all OR s.\"Rating\" NOT IN (@mature, @explicit)) AND {library} ORDER BY d.\"Id\" LIMIT 1";

    /// <summary>Passage-length paragraphs in [@from, @to) (id range), of stories the channel may see.</summary>
    public const string Passages =
        "SELECT p.\"Id\", c.\"StoryId\", p.\"ChapterId\", p.\"Index\", p.\"Text\" FROM \"Paragraphs\" AS p JOIN \"Chapters\" AS c ON c.\"Id\" = p.\"ChapterId\" " +
        "JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" WHERE p.\"Id\" >= @from AND p.\"Id\" < @to AND p.\"WordCount\" >= @least AND p.\"WordCount\" <= @most " +
        "AND (@all OR s.\"Rating\" NOT IN (@mature, @explicit)) AND {library} ORDER BY p.\"Id\" LIMIT @count";

    /// <summary>The SQL with the scope's predicate over its <c>s</c> (story) and <c>ch</c> (speaker) aliases.</summary>
    public static string Scoped(string sql, LibraryScope library) =>
        sql.Replace("{library}", LibrarySql.VisibleQuoted("s", library), StringComparison.Ordinal)
            .Replace("{character}", LibrarySql.VisibleQuoted("ch", library), StringComparison.Ordinal);
}
