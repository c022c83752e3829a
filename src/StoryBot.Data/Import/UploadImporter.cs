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
        var (chapters, wholeWork, error) = await Task.Run(() => Prepare(request, settings, hash), cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return UploadResult.Fail(error);
        }

        string slug = Slugs.From(chapters[0].StoryTitle);
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
            var result = Write(connection, writer, request, chapters, wholeWork, slug, hash, limits);
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

    /// <summary>Reads the file as a work (text, Markdown, HTML, EPUB) and prepares each chapter; or one line saying why not.</summary>
    private static (List<PreparedChapter> Chapters, bool WholeWork, string? Error) Prepare(UploadRequest request, FolderSettings settings, string hash)
    {
        var file = new ImportFile(request.FileName, settings);
        WorkParseResult parsed;
        try
        {
            parsed = WorkParser.Parse(request.Bytes, request.FileName);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ([], false, $"{request.FileName}: could not be read ({ChapterPreparer.OneLine(ex.Message)})");
        }

        if (!parsed.Success || parsed.Work!.Chapters.Count == 0)
        {
            return ([], false, ChapterPreparer.OneLine(parsed.Error ?? $"{request.FileName}: no chapter text found").Replace("; skipped", string.Empty, StringComparison.Ordinal));
        }

        ParsedWork work = parsed.Work;
        var chapters = new List<PreparedChapter>(work.Chapters.Count);
        long share = request.Bytes.Length / work.Chapters.Count;
        for (int i = 0; i < work.Chapters.Count; i++)
        {
            // The file's bytes are shared out over its chapters, so the library's total stays the size of its files.
            long bytes = i == 0 ? request.Bytes.Length - (share * (work.Chapters.Count - 1)) : share;
            var prepared = ChapterPreparer.Prepare(new PreparedChapter(file, hash, bytes), work.Chapters[i]);
            if (prepared.Error is not null)
            {
                return ([], false, ChapterPreparer.OneLine(prepared.Error));
            }

            if (request.Rating is { } rating)
            {
                prepared = prepared with { Metadata = prepared.Metadata with { Rating = rating } };
            }

            chapters.Add(prepared with { Warnings = i == 0 ? [.. work.Warnings, .. prepared.Warnings] : prepared.Warnings });
        }

        return (chapters, work.IsCompleteWork || chapters.Count > 1, null);
    }

    private static UploadResult Write(
        SqliteConnection connection, ChapterWriter writer, UploadRequest request, List<PreparedChapter> chapters, bool wholeWork, string slug, string hash, LibraryLimits limits)
    {
        var settings = chapters[0].File.Settings;
        var speakers = settings.Characters.Characters.Count > 0 ? writer.UpsertCharacters(settings.Characters) : [];
        long guild = unchecked((long)request.GuildId);
        long? storyId = Scalar(connection, writer, "SELECT Id FROM Stories WHERE GuildId = $guild AND Slug = $slug", ("$guild", guild), ("$slug", slug));
        bool replaced = false;
        if (storyId is { } existing && (wholeWork || chapters[0].Metadata.ChapterNumber is null))
        {
            // The whole work again: its chapters go, the story (id, settings) stays.
            replaced = Execute(connection, writer, "DELETE FROM Chapters WHERE StoryId = $story", ("$story", existing)) > 0;
        }

        int written = 0;
        for (int i = 0; i < chapters.Count; i++)
        {
            var prepared = chapters[i];
            if (!replaced && storyId is { } story && prepared.Metadata.ChapterNumber is { } n
                && Scalar(connection, writer, "SELECT Id FROM Chapters WHERE StoryId = $story AND Number = $number", ("$story", story), ("$number", n)) is { } chapterId)
            {
                prepared = prepared with { ExistingChapterId = (int)chapterId };
                replaced = true;
            }

            prepared = prepared with
            {
                File = new ImportFile($"discord:{request.GuildId}/{slug}/{hash}/{i}/{Path.GetFileName(request.FileName)}", prepared.File.Settings),
            };
            (_, written, _) = writer.Write(prepared, speakers);
        }

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
            ChaptersInFile = chapters.Count,
            Chapters = chapterCount,
            Words = chapters.Sum(c => c.ParagraphWords.Sum()),
            Speakers = [.. chapters.SelectMany(c => c.Lines.Values).Select(l => l.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            Replaced = replaced,
            Warnings = [.. settings.Warnings, .. chapters.SelectMany(c => c.Warnings)],
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
