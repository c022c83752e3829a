namespace StoryBot.Data.Postgres;

/// <summary>PostgreSQL text cannot hold U+0000 (SQLite can): such characters are stored as U+FFFD.</summary>
internal static class PostgresText
{
    public static string Clean(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}
