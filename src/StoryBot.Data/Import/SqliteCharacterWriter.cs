using Microsoft.Data.Sqlite;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>
/// The characters half of <see cref="ChapterWriter"/>: a characters.json's library-wide characters, a story's own (found)
/// characters, and reading those back, in the writer's transaction and library.
/// </summary>
internal sealed class SqliteCharacterWriter
{
    private readonly SqliteConnection connection;
    private readonly Func<SqliteTransaction?> transaction;
    private readonly object guild;
    private readonly SqlBatchCommand findCharacter, insertCharacter, updateCharacter, insertAlias, findStoryCharacter, insertStoryCharacter;

    /// <param name="add">Creates a statement the writer enlists in its transaction.</param>
    public SqliteCharacterWriter(SqliteConnection connection, Func<SqliteTransaction?> transaction, object guild, Func<string, string[], SqlBatchCommand> add)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.guild = guild;
        findCharacter = add("SELECT Id FROM Characters WHERE StoryId IS NULL AND GuildId IS $guild AND Name = $name", ["$name"]).With("$guild", guild);
        insertCharacter = add("INSERT INTO Characters (StoryId, Name, Gender, GuildId) VALUES (NULL, $name, $gender, $guild) RETURNING Id", ["$name", "$gender"])
            .With("$guild", guild);
        updateCharacter = add("UPDATE Characters SET Gender = $gender WHERE Id = $id", ["$id", "$gender"]);
        findStoryCharacter = add("SELECT Id FROM Characters WHERE StoryId = $story AND Name = $name", ["$story", "$name"]);
        insertStoryCharacter = add("INSERT INTO Characters (StoryId, Name, Gender, GuildId) VALUES ($story, $name, $gender, $guild) RETURNING Id", ["$story", "$name", "$gender"])
            .With("$guild", guild);
        insertAlias = add("INSERT OR IGNORE INTO CharacterAliases (CharacterId, Alias) VALUES ($id, $alias)", ["$id", "$alias"]);
    }

    /// <summary>Stores a folder's characters.json as library-wide characters; returns every name and alias → id.</summary>
    public Dictionary<string, int> UpsertListed(CharacterList characters) =>
        Upsert(characters, name => findCharacter.Scalar(name), character => insertCharacter.Scalar(character.Name, (int)character.Gender), aliasesToo: true);

    /// <summary>
    /// Stores characters found in a story's tags or text as that story's own characters (a folder's characters.json
    /// stays library-wide); returns every name → id.
    /// </summary>
    public Dictionary<string, int> UpsertStoryOwn(int storyId, CharacterList characters) =>
        Upsert(characters, name => findStoryCharacter.Scalar(storyId, name),
            character => insertStoryCharacter.Scalar(storyId, character.Name, (int)character.Gender), aliasesToo: false);

    /// <summary>Finds each character (updating its gender) or inserts it, then its aliases; returns name (and alias) → id.</summary>
    private Dictionary<string, int> Upsert(CharacterList characters, Func<string, object?> find, Func<Character, object?> insert, bool aliasesToo)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Character character in characters.Characters)
        {
            int id;
            if (find(character.Name) is long existing)
            {
                id = (int)existing;
                updateCharacter.Execute(id, (int)character.Gender);
            }
            else
            {
                id = (int)(long)insert(character)!;
            }

            ids.TryAdd(character.Name, id);
            foreach (string alias in character.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                insertAlias.Execute(id, alias.Trim());
                if (aliasesToo)
                {
                    ids.TryAdd(alias.Trim(), id);
                }
            }
        }

        return ids;
    }

    /// <summary>The characters stored as the story's own for the story <paramref name="slug"/> of this library; empty when none.</summary>
    public CharacterList ReadStoryOwn(string slug)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction();
        command.CommandText = StoredStoryCharacters.SqliteSql;
        command.Parameters.AddWithValue("$slug", slug);
        command.Parameters.AddWithValue("$guild", guild);
        return StoredStoryCharacters.Read(command);
    }
}
