using System.Data;
using System.Data.Common;
using System.Globalization;
using StoryBot.Corpus.Model;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Import;

/// <summary>
/// One server's kept uploads (<c>LibraryFiles</c>) and what a new characters.json changes besides chapters, inside the
/// library writer's transaction. The SQL is the same on both stores ("Quoted" names, @parameters); the writer supplies
/// commands enlisted in its transaction and the server's id as its store binds it.
/// </summary>
internal sealed class LibraryFileStore(Func<DbCommand> newCommand, object guild)
{
    /// <summary>Keeps the bytes of an upload that was stored (the same file again replaces its row and moves to the end).</summary>
    public void Keep(int storyId, string sourcePath, string fileName, Rating? rating, byte[] content, DateTime now)
    {
        Execute("DELETE FROM \"LibraryFiles\" WHERE \"SourcePath\" = @path", ("@path", sourcePath));
        using DbCommand command = Command(
            "INSERT INTO \"LibraryFiles\" (\"GuildId\", \"StoryId\", \"SourcePath\", \"FileName\", \"Rating\", \"Content\", \"UploadedAt\") " +
            "VALUES (@guild, @story, @path, @file, @rating, @content, @now)",
            ("@story", storyId), ("@path", sourcePath), ("@file", fileName), ("@content", content), ("@now", now));
        DbParameter ratingParameter = command.AddParameter("@rating", rating is { } r ? (int)r : null);
        ratingParameter.DbType = DbType.Int32;
        command.ExecuteNonQuery();
    }

    /// <summary>Forgets the uploads none of whose chapters are stored any more (replaced by a later upload); the count.</summary>
    public int Prune() => Execute(
        "DELETE FROM \"LibraryFiles\" WHERE \"GuildId\" = @guild AND NOT EXISTS " +
        "(SELECT 1 FROM \"Chapters\" c WHERE c.\"SourcePath\" = \"LibraryFiles\".\"SourcePath\")");

    /// <summary>The server's kept uploads in upload order.</summary>
    public List<KeptFile> List()
    {
        var files = new List<KeptFile>();
        using DbCommand command = Command(
            "SELECT \"Id\", \"StoryId\", \"SourcePath\", \"FileName\", \"Rating\" FROM \"LibraryFiles\" WHERE \"GuildId\" = @guild ORDER BY \"Id\"");
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            files.Add(new KeptFile(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : (Rating)reader.GetInt32(4)));
        }

        return files;
    }

    /// <summary>The bytes of one kept upload (one at a time: a library's files are never all in memory).</summary>
    public byte[] Read(int fileId)
    {
        using DbCommand command = Command("SELECT \"Content\" FROM \"LibraryFiles\" WHERE \"Id\" = @id AND \"GuildId\" = @guild", ("@id", fileId));
        return command.ExecuteScalar() as byte[] ?? [];
    }

    /// <summary>Stores (or, with null, removes) the server's characters.json.</summary>
    public void SaveCharacters(string? json, DateTime now)
    {
        using DbCommand command = Command(
            "INSERT INTO \"GuildLibraries\" (\"GuildId\", \"HideShared\", \"CharactersJson\", \"UpdatedAt\") VALUES (@guild, @hide, @json, @now) " +
            "ON CONFLICT (\"GuildId\") DO UPDATE SET \"CharactersJson\" = excluded.\"CharactersJson\", \"UpdatedAt\" = excluded.\"UpdatedAt\"",
            ("@hide", false), ("@now", now));
        command.AddParameter("@json", json).DbType = DbType.String;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Before the stories are read again: their own characters (found by the last reading) go, and so do the aliases of
    /// the server's listed characters (the new list brings its own). Their lines are rewritten by the reading.
    /// </summary>
    public void ForgetCharacters()
    {
        Execute("DELETE FROM \"Characters\" WHERE \"GuildId\" = @guild AND \"StoryId\" IN (SELECT \"StoryId\" FROM \"LibraryFiles\" WHERE \"GuildId\" = @guild)");
        Execute("DELETE FROM \"CharacterAliases\" WHERE \"CharacterId\" IN (SELECT \"Id\" FROM \"Characters\" WHERE \"GuildId\" = @guild AND \"StoryId\" IS NULL)");
    }

    /// <summary>After the reading: the server's listed characters that are neither in <paramref name="keep"/> nor speak any line go; the count.</summary>
    public int DeleteUnusedListed(IReadOnlySet<int> keep)
    {
        var unused = new List<int>();
        using (DbCommand command = Command(
            "SELECT c.\"Id\" FROM \"Characters\" c WHERE c.\"GuildId\" = @guild AND c.\"StoryId\" IS NULL AND NOT EXISTS " +
            "(SELECT 1 FROM \"DialogueLines\" d WHERE d.\"SpeakerId\" = c.\"Id\")"))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                unused.Add(reader.GetInt32(0));
            }
        }

        int deleted = 0;
        foreach (int id in unused.Where(id => !keep.Contains(id)))
        {
            deleted += Execute("DELETE FROM \"Characters\" WHERE \"Id\" = @id", ("@id", id));
        }

        return deleted;
    }

    /// <summary>Quoted lines of the stories with kept uploads, and how many of them have a speaker.</summary>
    public (long Lines, long Spoken) CountLines()
    {
        using DbCommand command = Command(
            "SELECT count(*), count(d.\"SpeakerId\") FROM \"DialogueLines\" d JOIN \"Chapters\" c ON c.\"Id\" = d.\"ChapterId\" " +
            "WHERE c.\"StoryId\" IN (SELECT \"StoryId\" FROM \"LibraryFiles\" WHERE \"GuildId\" = @guild)");
        using DbDataReader reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    /// <summary>The server's stories with no kept upload (uploaded before uploads were kept): they cannot be read again.</summary>
    public long CountUnkept() => Convert.ToInt64(Scalar(
        "SELECT count(*) FROM \"Stories\" s WHERE s.\"GuildId\" = @guild AND NOT EXISTS (SELECT 1 FROM \"LibraryFiles\" f WHERE f.\"StoryId\" = s.\"Id\")"),
        CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using DbCommand command = Command(sql);
        return command.ExecuteScalar();
    }

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using DbCommand command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        DbCommand command = newCommand();
        command.CommandText = sql;
        if (sql.Contains("@guild", StringComparison.Ordinal))
        {
            command.AddParameter("@guild", guild);
        }

        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        return command;
    }
}
