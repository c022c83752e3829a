using System.Data.Common;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>
/// Reads a story's own characters (found in its tags or text by an earlier import) back as a list, so a chapter file
/// that joins the story is attributed with them beside its own evidence. Rows come ordered by character id (the order
/// they were found in), one row per alias.
/// </summary>
internal static class StoredStoryCharacters
{
    public const string SqliteSql =
        "SELECT c.Id, c.Name, c.Gender, a.Alias FROM Characters c JOIN Stories s ON s.Id = c.StoryId " +
        "LEFT JOIN CharacterAliases a ON a.CharacterId = c.Id WHERE s.Slug = $slug AND s.GuildId IS $guild ORDER BY c.Id";

    public const string PostgresSql =
        "SELECT c.\"Id\", c.\"Name\", c.\"Gender\", a.\"Alias\" FROM \"Characters\" c JOIN \"Stories\" s ON s.\"Id\" = c.\"StoryId\" " +
        "LEFT JOIN \"CharacterAliases\" a ON a.\"CharacterId\" = c.\"Id\" WHERE s.\"Slug\" = $1 AND s.\"GuildId\" IS NOT DISTINCT FROM $2 ORDER BY c.\"Id\"";

    /// <summary>The list the rows of <paramref name="command"/> (one of the queries above, parameters bound) describe.</summary>
    public static CharacterList Read(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var characters = new List<Character>();
        var aliases = new List<string>();
        int currentId = -1;
        string name = string.Empty;
        var gender = Gender.Unknown;
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                int id = reader.GetInt32(0);
                if (id != currentId)
                {
                    Add();
                    currentId = id;
                    name = reader.GetString(1);
                    gender = Enum.IsDefined((Gender)reader.GetInt32(2)) ? (Gender)reader.GetInt32(2) : Gender.Unknown;
                }

                if (!reader.IsDBNull(3) && reader.GetString(3) is { Length: > 0 } alias && !string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
                {
                    aliases.Add(alias);
                }
            }
        }

        Add();
        return characters.Count == 0 ? CharacterList.Empty : new CharacterList(characters);

        void Add()
        {
            if (currentId >= 0)
            {
                characters.Add(new Character(name, [.. aliases.Distinct(StringComparer.OrdinalIgnoreCase)], gender));
                aliases.Clear();
            }
        }
    }
}
