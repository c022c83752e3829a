using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryBot.Data.Libraries;

namespace StoryBot.Data.Import;

/// <summary>
/// Stores a server's characters.json (or removes it) and reads the server's kept uploads again with it, in upload order
/// and in one transaction under the import lock: each file replaces its own chapters in place (same import key, same
/// chapter ids), so its quoted lines get the new speakers. One file's bytes are in memory at a time. Only this server's
/// stories and characters are touched; a cancelled or failed run changes nothing.
/// </summary>
internal sealed class LibraryReattributor(IDbContextFactory<StoryDbContext> contexts, TimeProvider time, ILogger? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger.Instance;

    public async Task<CharactersResult> RunAsync(ulong guildId, string? charactersJson, int listed, CancellationToken cancellationToken)
    {
        FolderSettings settings = UploadImporter.Settings(charactersJson);
        await using StoryDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        IImportStore store = ImportStores.For(db.Database.GetDbConnection());
        using IDisposable held = await store.AcquireImportLockAsync(time, static () => { }, cancellationToken).ConfigureAwait(false);
        using ILibraryWriter library = store.CreateLibraryWriter(time, guildId);
        IChapterWriter writer = library.Chapters;
        writer.Begin();
        try
        {
            var result = await RereadAsync(library, guildId, settings, charactersJson, cancellationToken).ConfigureAwait(false);
            writer.Commit();
            return result with { Characters = listed };
        }
        catch (DbException ex)
        {
            writer.Rollback();
            return CharactersResult.Fail($"not stored ({ChapterPreparer.OneLine(ex.Message)})");
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private async Task<CharactersResult> RereadAsync(ILibraryWriter library, ulong guildId, FolderSettings settings, string? charactersJson, CancellationToken cancellationToken)
    {
        IChapterWriter writer = library.Chapters;
        LibraryFileStore files = library.Files;
        files.SaveCharacters(charactersJson, time.GetUtcNow().UtcDateTime);
        List<KeptFile> kept = files.List();
        files.ForgetCharacters();
        Dictionary<string, int> speakers = settings.Characters.Characters.Count > 0 ? writer.UpsertCharacters(settings.Characters) : [];
        var failed = new HashSet<int>();
        long started = Stopwatch.GetTimestamp();
        long bytesRead = 0;
        int done = 0;
        foreach (KeptFile file in kept)
        {
            cancellationToken.ThrowIfCancellationRequested();
            byte[] bytes = files.Read(file.Id);
            bytesRead += bytes.Length;
            if (!await RereadFileAsync(writer, new ImportFile(file.SourcePath, settings), bytes, file, speakers, cancellationToken).ConfigureAwait(false))
            {
                failed.Add(file.StoryId);
            }

            done++;
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(5))
            {
                log.LogInformation("Server {Guild}: re-reading its uploads with the new characters: {Done}/{Total} files, {Bytes} bytes, {Elapsed}",
                    guildId, done, kept.Count, bytesRead, Stopwatch.GetElapsedTime(started));
            }
        }

        files.DeleteUnusedListed(speakers.Values.ToHashSet());
        var (lines, spoken) = files.CountLines();
        var stories = kept.Select(f => f.StoryId).Distinct().ToList();
        log.LogInformation("Server {Guild}: characters {Mode}; re-read {Files} files of {Stories} stories ({Bytes} bytes) in {Elapsed}; {Spoken}/{Lines} lines have a speaker",
            guildId, charactersJson is null ? "removed" : "updated", kept.Count, stories.Count, bytesRead, Stopwatch.GetElapsedTime(started), spoken, lines);
        return new CharactersResult
        {
            Reread = [.. stories.Where(id => !failed.Contains(id)).Select(id => library.ReadStory(id).Title).Order(StringComparer.OrdinalIgnoreCase)],
            Failed = [.. failed.Select(id => library.ReadStory(id).Title).Order(StringComparer.OrdinalIgnoreCase)],
            Files = kept.Count,
            Lines = lines,
            Spoken = spoken,
            Unkept = files.CountUnkept(),
        };
    }

    /// <summary>Reads one kept upload again and writes it over its own chapters; false when it cannot be read or stored now.</summary>
    private static async Task<bool> RereadFileAsync(
        IChapterWriter writer, ImportFile file, byte[] bytes, KeptFile kept, IReadOnlyDictionary<string, int> speakers, CancellationToken cancellationToken)
    {
        PreparedChapter prepared = await UploadPreparation.PrepareAsync(file, bytes, UploadPreparation.Hash(bytes), kept.Rating, cancellationToken)
            .ConfigureAwait(false);
        if (prepared.Error is not null || prepared.Parts.Count == 0)
        {
            return false;
        }

        prepared = await UploadPreparation.AttributeAsync(writer, prepared, cancellationToken).ConfigureAwait(false);
        try
        {
            // No chapters are deleted first (unlike an upload of a whole work): every part is replaced in place by its key.
            writer.Write(prepared, speakers);
            return true;
        }
        catch (DbException)
        {
            return false; // the file's savepoint was rolled back: its chapters keep their lines
        }
    }
}
