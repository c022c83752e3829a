using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Libraries;

/// <summary>
/// The <see cref="LibraryScope"/> rule for hand-written SQL (full-text search, trivia's slices), the same rule as the
/// context's query filters: <see cref="Visible"/> over a <c>Stories</c> alias, parameters bound by <see cref="Bind"/>.
/// </summary>
public static class LibrarySql
{
    /// <summary>A predicate: the story aliased <paramref name="storyAlias"/> is in the bound scope.</summary>
    public static string Visible(string storyAlias) =>
        $"($libAll = 1 OR ({storyAlias}.GuildId IS NULL AND $libShared = 1) OR {storyAlias}.GuildId = $libGuild)";

    /// <summary>A predicate over a <c>Characters</c> alias.</summary>
    public static string VisibleCharacter(string characterAlias) => Visible(characterAlias);

    /// <summary>
    /// The same predicate with the scope's values written in (numbers and booleans only), for PostgreSQL's positional
    /// parameters: over a <c>"Stories"</c> alias with quoted identifiers.
    /// </summary>
    public static string VisibleQuoted(string storyAlias, LibraryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Everything)
        {
            return "TRUE";
        }

        string shared = scope.IncludesShared ? $"{storyAlias}.\"GuildId\" IS NULL" : "FALSE";
        string own = scope.GuildId is { } guild
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{storyAlias}.\"GuildId\" = {guild}")
            : "FALSE";
        return $"({shared} OR {own})";
    }

    /// <summary>Binds the scope's parameters (<c>$libAll</c>, <c>$libShared</c>, <c>$libGuild</c>) to <paramref name="command"/>.</summary>
    public static void Bind(SqliteCommand command, LibraryScope scope)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(scope);
        command.Parameters.AddWithValue("$libAll", scope.Everything ? 1 : 0);
        command.Parameters.AddWithValue("$libShared", scope.IncludesShared ? 1 : 0);
        command.Parameters.AddWithValue("$libGuild", scope.GuildId is { } guild ? unchecked((long)guild) : DBNull.Value);
    }
}
