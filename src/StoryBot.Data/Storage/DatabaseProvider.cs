namespace StoryBot.Data.Storage;

/// <summary>Which database holds the stories, trivia and daily tables (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file next to the app: embedded, zero set-up (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>ConnectionStrings:Stories</c>: for bots that outgrow one machine.</summary>
    Postgres,
}
