using Microsoft.Data.Sqlite;
using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>The SQLite <see cref="ILibraryWriter"/>: a <see cref="ChapterWriter"/> into the server's library and its reads, in the writer's transaction.</summary>
internal sealed class SqliteLibraryWriter(SqliteConnection connection, TimeProvider time, ulong guildId) : ILibraryWriter
{
    private readonly ChapterWriter writer = new(connection, time, guildId);
    private readonly long guild = unchecked((long)guildId);

    public IChapterWriter Chapters => writer;

    public LibraryFileStore Files => field ??= new LibraryFileStore(() =>
    {
        SqliteCommand command = connection.CreateCommand();
        writer.Enlist(command);
        return command;
    }, guild);

    public int? FindStory(string slug) =>
        Scalar("SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug)) is long id ? (int)id : null;

    public int DeleteChapters(int storyId)
    {
        using SqliteCommand command = Command("DELETE FROM Chapters WHERE StoryId = $story", ("$story", storyId));
        return command.ExecuteNonQuery();
    }

    public long StoryCount() => Scalar("SELECT count(*) FROM Stories WHERE GuildId = $guild", ("$guild", guild)) ?? 0;

    public long ByteCount() => Scalar(
        "SELECT coalesce(sum(c.ByteLength), 0) FROM Chapters c JOIN Stories s ON s.Id = c.StoryId WHERE s.GuildId = $guild AND c.Part = 0",
        ("$guild", guild)) ?? 0;

    public StoredStory ReadStory(int storyId)
    {
        using SqliteCommand command = Command(
            "SELECT Title, Author, Rating, (SELECT count(*) FROM Chapters c WHERE c.StoryId = s.Id) FROM Stories s WHERE Id = $story", ("$story", storyId));
        using SqliteDataReader reader = command.ExecuteReader();
        reader.Read();
        return new StoredStory(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (Rating)reader.GetInt32(2), reader.GetInt32(3));
    }

    public void Dispose() => writer.Dispose();

    private long? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(sql, parameters);
        return command.ExecuteScalar() is long result ? result : null;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        writer.Enlist(command);
        return command;
    }
}
