using System.Security.Cryptography;
using System.Text;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;
using StoryBot.Data.Libraries;

namespace StoryBot.Data.Import;

/// <summary>
/// Imports one uploaded file, from bytes in memory (nothing touches the disk), into one server's library. The work is
/// identified by its title and author within that library (<see cref="StoryKeys"/>), whatever its format: a file
/// without a chapter number is the whole work and replaces the story's chapters; a numbered chapter replaces that
/// chapter or joins the story. The server's limits are checked
/// inside the same transaction, so a refused or failed upload changes nothing.
/// </summary>
internal sealed class UploadImporter(IDbContextFactory<StoryDbContext> contexts, TimeProvider time)
{
    public async Task<UploadResult> ImportAsync(UploadRequest request, string? charactersJson, LibraryLimits limits, CancellationToken cancellationToken)
    {
        string hash = UploadPreparation.Hash(request.Bytes);
        var settings = Settings(charactersJson);
        var file = new ImportFile(UploadPreparation.SourcePath(request.GuildId, hash, request.FileName), settings);
        PreparedChapter prepared = await UploadPreparation.PrepareAsync(file, request.Bytes, hash, request.Rating, cancellationToken).ConfigureAwait(false);
        if (prepared.Error is not null || prepared.Parts.Count == 0)
        {
            string error = ChapterPreparer.OneLine(prepared.Error ?? "no chapter text found").Replace("; skipped", string.Empty, StringComparison.Ordinal);
            return UploadResult.Fail(error.Replace(file.ManifestName, request.FileName, StringComparison.Ordinal));
        }

        await using StoryDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        IImportStore store = ImportStores.For(db.Database.GetDbConnection());
        using IDisposable held = await store.AcquireImportLockAsync(time, static () => { }, cancellationToken).ConfigureAwait(false);
        using ILibraryWriter library = store.CreateLibraryWriter(time, request.GuildId);
        IChapterWriter writer = library.Chapters;
        writer.Begin();
        try
        {
            prepared = await UploadPreparation.AttributeAsync(writer, prepared, cancellationToken).ConfigureAwait(false);
            var result = Write(library, request, prepared, writer.StorySlug(prepared), limits);
            if (result.Success)
            {
                // The bytes stay while any of the file's chapters does, for a later characters.json to read them again.
                library.Files.Keep(result.StoryId, file.FullPath, Path.GetFileName(request.FileName), request.Rating, request.Bytes, time.GetUtcNow().UtcDateTime);
                library.Files.Prune();
                writer.Commit();
            }
            else
            {
                writer.Rollback();
            }

            return result;
        }
        catch (DbException ex)
        {
            writer.Rollback();
            return UploadResult.Fail($"{request.FileName}: not stored ({ChapterPreparer.OneLine(ex.Message)}); nothing was changed");
        }
    }

    private static UploadResult Write(ILibraryWriter library, UploadRequest request, PreparedChapter prepared, string slug, LibraryLimits limits)
    {
        IChapterWriter writer = library.Chapters;
        var settings = prepared.File.Settings;
        var speakers = settings.Characters.Characters.Count > 0 ? writer.UpsertCharacters(settings.Characters) : [];
        int? storyId = library.FindStory(slug);
        bool wholeWork = prepared.Parts.Count > 1 || prepared.Parts[0].Metadata.ChapterNumber is null;
        bool replaced = false;
        if (storyId is { } existing && wholeWork)
        {
            // The whole work again: its chapters go, the story (id, settings) stays.
            replaced = library.DeleteChapters(existing) > 0;
        }

        var (_, written, replacedChapter) = writer.Write(prepared, speakers);
        replaced |= replacedChapter is not null;
        int newStory = library.FindStory(slug)!.Value;
        if (library.StoryCount() > limits.MaxStories)
        {
            return UploadResult.Fail($"This server's library is full: it holds {limits.MaxStories} stories, the limit. Remove one with `/library remove` first.");
        }

        long bytes = library.ByteCount();
        if (bytes > limits.MaxLibraryBytes)
        {
            return UploadResult.Fail(
                $"That would make this server's library {Megabytes(bytes)} MB, over its {Megabytes(limits.MaxLibraryBytes)} MB limit. Remove a story with `/library remove` first.");
        }

        StoredStory story = library.ReadStory(newStory);
        return new UploadResult
        {
            StoryId = newStory,
            Title = story.Title,
            Author = story.Author,
            Rating = story.Rating,
            ChapterNumber = written,
            ChaptersInFile = prepared.Parts.Count,
            Chapters = story.Chapters,
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
}
