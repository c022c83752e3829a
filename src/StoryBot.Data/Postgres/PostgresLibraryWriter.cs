using Npgsql;
using StoryBot.Corpus.Model;
using StoryBot.Data.Import;

namespace StoryBot.Data.Postgres;

/// <summary>The PostgreSQL <see cref="ILibraryWriter"/>: a <see cref="PostgresChapterWriter"/> into the server's library and its reads, in the writer's transaction.</summary>
internal sealed class PostgresLibraryWriter(NpgsqlConnection connection, TimeProvider time, ulong guildId) : ILibraryWriter
{
    private readonly PostgresChapterWriter writer = new(connection, time, guildId);
    private readonly decimal guild = guildId;

    public IChapterWriter Chapters => writer;

    public LibraryFileStore Files => field ??= new LibraryFileStore(() => new NpgsqlCommand(null, connection, writer.Transaction), guild);

    public int? FindStory(string slug) =>
        Scalar("SELECT \"Id\" FROM \"Stories\" WHERE \"GuildId\" = $1 AND \"Slug\" = $2", guild, slug) is { } id ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture) : null;

    public int DeleteChapters(int storyId)
    {
        using NpgsqlCommand command = Command("DELETE FROM \"Chapters\" WHERE \"StoryId\" = $1", storyId);
        return command.ExecuteNonQuery();
    }

    public long StoryCount() => Convert.ToInt64(Scalar("SELECT count(*) FROM \"Stories\" WHERE \"GuildId\" = $1", guild), System.Globalization.CultureInfo.InvariantCulture);

    public long ByteCount() => Convert.ToInt64(Scalar(
        "SELECT coalesce(sum(c.\"ByteLength\"), 0) FROM \"Chapters\" c JOIN \"Stories\" s ON s.\"Id\" = c.\"StoryId\" WHERE s.\"GuildId\" = $1 AND c.\"Part\" = 0",
        guild), System.Globalization.CultureInfo.InvariantCulture);

    public StoredStory ReadStory(int storyId)
    {
        using NpgsqlCommand command = Command(
            "SELECT \"Title\", \"Author\", \"Rating\", (SELECT count(*) FROM \"Chapters\" c WHERE c.\"StoryId\" = s.\"Id\")::integer FROM \"Stories\" s WHERE \"Id\" = $1",
            storyId);
        using NpgsqlDataReader reader = command.ExecuteReader();
        reader.Read();
        return new StoredStory(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (Rating)reader.GetInt32(2), reader.GetInt32(3));
    }

    public void Dispose() => writer.Dispose();

    private object? Scalar(string sql, params object[] values)
    {
        using NpgsqlCommand command = Command(sql, values);
        object? value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection, writer.Transaction);
        foreach (object value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
