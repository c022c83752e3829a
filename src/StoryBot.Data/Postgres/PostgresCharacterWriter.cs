using Npgsql;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Data.Import;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The characters half of <see cref="PostgresChapterWriter"/>: a characters.json's library-wide characters, a story's own
/// (found) characters, and reading those back, in the writer's transaction and library.
/// </summary>
internal sealed class PostgresCharacterWriter(PostgresWriterCommands commands, object guild)
{
    public CharacterList ReadStoryOwn(string slug)
    {
        using NpgsqlCommand command = commands.Command(StoredStoryCharacters.PostgresSql, slug, guild);
        return StoredStoryCharacters.Read(command);
    }

    /// <summary>Stores a characters.json as library-wide characters; returns every name and alias → id.</summary>
    public Dictionary<string, int> UpsertListed(CharacterList characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        return Upsert(characters,
            name => commands.Scalar("SELECT \"Id\" FROM \"Characters\" WHERE \"StoryId\" IS NULL AND \"GuildId\" IS NOT DISTINCT FROM $2 AND lower(\"Name\") = lower($1)", name, guild),
            character => commands.Scalar("INSERT INTO \"Characters\" (\"StoryId\", \"Name\", \"Gender\", \"GuildId\") VALUES (NULL, $1, $2, $3) RETURNING \"Id\"",
                character.Name, (int)character.Gender, guild),
            aliasesToo: true);
    }

    /// <summary>
    /// Stores characters found in a story's tags or text as that story's own characters (a characters.json stays
    /// library-wide); returns every name → id.
    /// </summary>
    public Dictionary<string, int> UpsertStoryOwn(int storyId, CharacterList characters) =>
        Upsert(characters,
            name => commands.Scalar("SELECT \"Id\" FROM \"Characters\" WHERE \"StoryId\" = $1 AND \"Name\" = $2", storyId, name),
            character => commands.Scalar("INSERT INTO \"Characters\" (\"StoryId\", \"Name\", \"Gender\", \"GuildId\") VALUES ($1, $2, $3, $4) RETURNING \"Id\"",
                storyId, character.Name, (int)character.Gender, guild),
            aliasesToo: false);

    /// <summary>Finds each character (updating its gender) or inserts it, then its aliases; returns name (and alias) → id.</summary>
    private Dictionary<string, int> Upsert(CharacterList characters, Func<string, object?> find, Func<Character, object?> insert, bool aliasesToo)
    {
        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Character character in characters.Characters)
        {
            int id;
            if (find(character.Name) is int existing)
            {
                id = existing;
                commands.Execute("UPDATE \"Characters\" SET \"Gender\" = $2 WHERE \"Id\" = $1", id, (int)character.Gender);
            }
            else
            {
                id = (int)insert(character)!;
            }

            found.TryAdd(character.Name, id);
            foreach (string alias in character.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                AddAlias(id, alias.Trim());
                if (aliasesToo)
                {
                    found.TryAdd(alias.Trim(), id);
                }
            }
        }

        return found;
    }

    private void AddAlias(int characterId, string alias) =>
        commands.Execute("INSERT INTO \"CharacterAliases\" (\"CharacterId\", \"Alias\") SELECT $1, $2 WHERE NOT EXISTS " +
            "(SELECT 1 FROM \"CharacterAliases\" WHERE \"CharacterId\" = $1 AND lower(\"Alias\") = lower($2))", characterId, alias);
}
