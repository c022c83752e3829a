using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Data.Libraries;

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
        var file = new ImportFile(request.FileName, settings);
        PreparedChapter prepared = await Task.Run(() => ChapterPreparer.Prepare(file, request.Bytes, hash, null), cancellationToken).ConfigureAwait(false);
        if (prepared.Error is not null)
        {
            return UploadResult.Fail(ChapterPreparer.OneLine(prepared.Error).Replace("; skipped", string.Empty, StringComparison.Ordinal));
        }

        if (request.Rating is { } rating)
        {
            prepared = prepared with { Metadata = prepared.Metadata with { Rating = rating } };
        }

        string slug = Slugs.From(prepared.StoryTitle);
        await StoryImporter.WriterGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using StoryDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var writer = new ChapterWriter(connection, time, request.GuildId);
            writer.Begin();
            try
            {
                var result = Write(connection, writer, request, prepared, slug, hash, limits);
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
        finally
        {
            StoryImporter.WriterGate.Release();
        }
    }

    private static UploadResult Write(SqliteConnection connection, ChapterWriter writer, UploadRequest request, PreparedChapter prepared, string slug, string hash, LibraryLimits limits)
    {
        var speakers = prepared.File.Settings.Characters.Characters.Count > 0 ? writer.UpsertCharacters(prepared.File.Settings.Characters) : [];
        long guild = unchecked((long)request.GuildId);
        long? storyId = Scalar(connection, writer, "SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug));
        int? number = prepared.Metadata.ChapterNumber;
        bool replaced = false;
        if (storyId is { } existing && number is null)
        {
            // The whole work again: its chapters go, the story (id, settings) stays.
            replaced = Execute(connection, writer, "DELETE FROM Chapters WHERE StoryId = $story", ("$story", existing)) > 0;
        }
        else if (storyId is { } story && number is { } n
            && Scalar(connection, writer, "SELECT Id FROM Chapters WHERE StoryId = $story AND Number = $number", ("$story", story), ("$number", n)) is { } chapterId)
        {
            prepared = prepared with { ExistingChapterId = (int)chapterId };
            replaced = true;
        }

        prepared = prepared with
        {
            File = new ImportFile($"discord:{request.GuildId}/{slug}/{hash}/{Path.GetFileName(request.FileName)}", prepared.File.Settings),
        };
        var (_, written) = writer.Write(prepared, speakers);
        int newStory = (int)Scalar(connection, writer, "SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug))!.Value;

        long stories = Scalar(connection, writer, "SELECT count(*) FROM Stories WHERE GuildId = $guild", ("$guild", guild)) ?? 0;
        if (stories > limits.MaxStories)
        {
            return UploadResult.Fail($"This server's library is full: it holds {limits.MaxStories} stories, the limit. Remove one with `/library remove` first.");
        }

        long bytes = Scalar(connection, writer,
            "SELECT coalesce(sum(c.ByteLength), 0) FROM Chapters c JOIN Stories s ON s.Id = c.StoryId WHERE s.GuildId = $guild", ("$guild", guild)) ?? 0;
        if (bytes > limits.MaxLibraryBytes)
        {
            return UploadResult.Fail(
                $"That would make this server's library {Megabytes(bytes)} MB, over its {Megabytes(limits.MaxLibraryBytes)} MB limit. Remove a story with `/library remove` first.");
        }

        int chapters = (int)(Scalar(connection, writer, "SELECT count(*) FROM Chapters WHERE StoryId = $story", ("$story", newStory)) ?? 0);
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
            Chapters = chapters,
            Words = prepared.ParagraphWords.Sum(),
            Speakers = [.. prepared.Lines.Values.Select(l => l.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            Replaced = replaced,
            Warnings = prepared.Warnings,
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
