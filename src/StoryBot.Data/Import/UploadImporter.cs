using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Import;

/// <summary>
/// Imports one uploaded file, from bytes in memory (nothing touches the disk), into one server's library. The work is
/// identified by its story title within that library: a file without a chapter number is the whole work and replaces
/// the story's chapters; a numbered chapter replaces that chapter or joins the story. The server's limits are checked
/// inside the same transaction, so a refused or failed upload changes nothing.
/// </summary>
internal sealed class UploadImporter(IDbContextFactory<StoryDbContext> contexts, TimeProvider time)
{
    public async Task<UploadResult> ImportAsync(UploadRequest request, string? charactersJson, LibraryLimits limits, CancellationToken cancellationToken)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(request.Bytes));
        var settings = Settings(charactersJson);

        // The import key of an upload: the server, the bytes and the name; the same file again replaces itself in place.
        var file = new ImportFile($"discord:{request.GuildId}/{hash}/{Path.GetFileName(request.FileName)}", settings);
        PreparedChapter prepared = await Task.Run(() => ChapterPreparer.Prepare(file, request.Bytes, hash, null), cancellationToken).ConfigureAwait(false);
        if (prepared.Error is not null || prepared.Parts.Count == 0)
        {
            string error = ChapterPreparer.OneLine(prepared.Error ?? "no chapter text found").Replace("; skipped", string.Empty, StringComparison.Ordinal);
            return UploadResult.Fail(error.Replace(file.ManifestName, request.FileName, StringComparison.Ordinal));
        }

        if (request.Rating is { } rating)
        {
            prepared = prepared with { Parts = [.. prepared.Parts.Select(p => p with { Metadata = p.Metadata with { Rating = rating } })] };
        }

        string slug = Slugs.From(prepared.StoryTitle);
        await using StoryDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return UploadResult.Fail("uploads are not available on this bot's PostgreSQL store yet; ask its operator");
        }

        using ImportLock held = await ImportLock.AcquireAsync(connection, time, static () => { }, cancellationToken).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var writer = new ChapterWriter(connection, time, request.GuildId);
        writer.Begin();
        try
        {
            var result = Write(connection, writer, request, prepared, slug, limits);
            if (result.Success)
            {
                writer.Commit();
            }
            else
            {
                writer.Rollback();
            }

            return result;
        }
        catch (SqliteException ex)
        {
            writer.Rollback();
            return UploadResult.Fail($"{request.FileName}: not stored ({ChapterPreparer.OneLine(ex.Message)}); nothing was changed");
        }
    }

    private static UploadResult Write(SqliteConnection connection, ChapterWriter writer, UploadRequest request, PreparedChapter prepared, string slug, LibraryLimits limits)
    {
        var settings = prepared.File.Settings;
        var speakers = settings.Characters.Characters.Count > 0 ? writer.UpsertCharacters(settings.Characters) : [];
        long guild = unchecked((long)request.GuildId);
        long? storyId = Scalar(connection, writer, "SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug));
        bool wholeWork = prepared.Parts.Count > 1 || prepared.Parts[0].Metadata.ChapterNumber is null;
        bool replaced = false;
        if (storyId is { } existing && wholeWork)
        {
            // The whole work again: its chapters go, the story (id, settings) stays.
            replaced = Execute(connection, writer, "DELETE FROM Chapters WHERE StoryId = $story", ("$story", existing)) > 0;
        }

        var (_, written, replacedChapter) = writer.Write(prepared, speakers);
        replaced |= replacedChapter is not null;
        int newStory = (int)Scalar(connection, writer, "SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug))!.Value;
        long stories = Scalar(connection, writer, "SELECT count(*) FROM Stories WHERE GuildId = $guild", ("$guild", guild)) ?? 0;
        if (stories > limits.MaxStories)
        {
            return UploadResult.Fail($"This server's library is full: it holds {limits.MaxStories} stories, the limit. Remove one with `/library remove` first.");
        }

        long bytes = Scalar(connection, writer,
            "SELECT coalesce(sum(c.ByteLength), 0) FROM Chapters c JOIN Stories s ON s.Id = c.StoryId WHERE s.GuildId = $guild AND c.Part = 0", ("$guild", guild)) ?? 0;
        if (bytes > limits.MaxLibraryBytes)
        {
            return UploadResult.Fail(
                $"That would make this server's library {Megabytes(bytes)} MB, over its {Megabytes(limits.MaxLibraryBytes)} MB limit. Remove a story with `/library remove` first.");
        }

        int chapterCount = (int)(Scalar(connection, writer, "SELECT count(*) FROM Chapters WHERE StoryId = $story", ("$story", newStory)) ?? 0);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Title, Author, Rating FROM Stories WHERE Id = $story";
        command.Parameters.AddWithValue("$story", newStory);
        writer.Enlist(command);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new UploadResult
        {
            StoryId = newStory,
            Title = reader.GetString(0),
            Author = reader.IsDBNull(1) ? null : reader.GetString(1),
            Rating = (Rating)reader.GetInt32(2),
            ChapterNumber = written,
            ChaptersInFile = prepared.Parts.Count,
            Chapters = chapterCount,
            Words = prepared.Parts.Sum(p => p.ParagraphWords.Sum()),
            Speakers = [.. prepared.Parts.SelectMany(p => p.Lines.Values).Select(l => l.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            Replaced = replaced,
            Warnings = [.. settings.Warnings, .. prepared.Warnings.Select(w => w.Replace(prepared.File.ManifestName, request.FileName, StringComparison.Ordinal))],
        };
    }

    /// <summary>Upload settings: no manifest, the server's characters.json (if any).</summary>
    internal static FolderSettings Settings(string? charactersJson)
    {
        var characters = CharacterList.Empty;
        var warnings = new List<string>();
        if (!string.IsNullOrWhiteSpace(charactersJson))
        {
            try
            {
                characters = CharacterList.Parse(charactersJson);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
            {
                warnings.Add($"characters.json ignored ({ChapterPreparer.OneLine(ex.Message)})");
            }
        }

        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("upload\0" + (charactersJson ?? string.Empty))));
        return new FolderSettings(null, StoryManifest.Empty, characters, hash, warnings);
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static long? Scalar(SqliteConnection connection, ChapterWriter writer, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        writer.Enlist(command);
        return command.ExecuteScalar() is long result ? result : null;
    }

    private static int Execute(SqliteConnection connection, ChapterWriter writer, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        writer.Enlist(command);
        return command.ExecuteNonQuery();
    }
}
