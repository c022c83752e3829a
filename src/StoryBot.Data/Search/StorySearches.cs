using StoryBot.Data.Postgres;

namespace StoryBot.Data.Search;

/// <summary>The search implementation for a context's store: FTS5 on SQLite, tsvector on PostgreSQL.</summary>
public static class StorySearches
{
    public static IStorySearch For(StoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db is PostgresStoryDbContext ? new PostgresStorySearch(db) : new StorySearch(db);
    }
}
