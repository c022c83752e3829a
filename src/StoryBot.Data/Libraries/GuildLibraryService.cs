using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Data.Entities;
using StoryBot.Data.Import;
using StoryBot.Data.Queries;

namespace StoryBot.Data.Libraries;

/// <summary>
/// A server's own library, for its admins: uploads (bytes in memory) within the server's limits, its characters.json,
/// the list of its own stories, removing one, hiding the shared library, clearing everything, and the grace period
/// after the bot leaves the server. Every read and delete is limited to that server's library.
/// </summary>
public sealed class GuildLibraryService(
    IDbContextFactory<StoryDbContext> contexts,
    TimeProvider time,
    IOptions<LibraryLimits> limits,
    ILogger<GuildLibraryService>? logger = null)
{
    private LibraryLimits Limits => limits.Value;

    /// <summary>Imports an uploaded file into the server's library, or says in one line why nothing changed.</summary>
    public async Task<UploadResult> AddAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await UploadsThisHourAsync(request.GuildId, cancellationToken).ConfigureAwait(false) is var uploads && uploads >= Limits.UploadsPerHour)
        {
            return UploadResult.Fail($"This server has made {uploads} uploads in the last hour, the limit; try again later.");
        }

        string? characters;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            characters = await db.GuildLibraries.Where(g => g.GuildId == request.GuildId).Select(g => g.CharactersJson)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = await new UploadImporter(contexts, time).ImportAsync(request, characters, Limits, cancellationToken).ConfigureAwait(false);
        if (result.Success)
        {
            await RecordUploadAsync(request.GuildId, request.Bytes.Length, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// Stores the server's characters.json and reads the server's uploaded stories again with it (their quoted lines get
    /// the listed speakers); what changed, or why nothing did.
    /// </summary>
    public async Task<CharactersResult> SetCharactersAsync(ulong guildId, byte[] json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (await UploadsThisHourAsync(guildId, cancellationToken).ConfigureAwait(false) is var uploads && uploads >= Limits.UploadsPerHour)
        {
            return CharactersResult.Fail($"This server has made {uploads} uploads in the last hour, the limit; try again later.");
        }

        string text;
        Corpus.Characters.CharacterList list;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(json);
            list = Corpus.Characters.CharacterList.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or ArgumentException or InvalidOperationException or System.Text.DecoderFallbackException)
        {
            return CharactersResult.Fail($"That is not a valid characters.json ({OneLine(ex.Message)}).");
        }

        if (list.Characters.Count == 0)
        {
            return CharactersResult.Fail("That characters.json lists no characters.");
        }

        var result = await new LibraryReattributor(contexts, time, logger).RunAsync(guildId, text, list.Characters.Count, cancellationToken).ConfigureAwait(false);
        if (result.Success)
        {
            await RecordUploadAsync(guildId, json.Length, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Removes the server's characters.json: its uploaded stories are read again and their speakers found in their own text.</summary>
    public Task<CharactersResult> ClearCharactersAsync(ulong guildId, CancellationToken cancellationToken) =>
        new LibraryReattributor(contexts, time, logger).RunAsync(guildId, null, 0, cancellationToken);

    /// <summary>One page of the server's own stories (never the shared library).</summary>
    public async Task<Page<StorySummary>> ListAsync(ulong guildId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        return await new StoryCatalog(db).ListStoriesAsync(page, pageSize, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The server's own story a typed title or slug names; null when it has none by that name.</summary>
    public async Task<StorySummary?> FindAsync(ulong guildId, string typed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        return await new StoryCatalog(db).FindStoryAsync(typed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The server's own stories matching what is typed, for autocomplete.</summary>
    public async Task<IReadOnlyList<StorySummary>> SuggestAsync(ulong guildId, string? typed, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        return await new StoryCatalog(db).SuggestStoriesAsync(typed, includeMature: true, max, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes one of the server's own stories (never another library's); its title, or null when it is not the server's.</summary>
    public async Task<string?> RemoveAsync(ulong guildId, int storyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        var title = await db.Stories.Where(s => s.Id == storyId && s.GuildId == guildId).Select(s => s.Title)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (title is null)
        {
            return null;
        }

        await db.Stories.Where(s => s.Id == storyId && s.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return title;
    }

    /// <summary>Whether the server's members also see the shared library.</summary>
    public async Task SetSharedVisibleAsync(ulong guildId, bool visible, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await SettingsAsync(db, guildId, cancellationToken).ConfigureAwait(false);
        row.HideShared = !visible;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<LibraryUsage> UsageAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        int stories = await db.Stories.CountAsync(s => s.GuildId == guildId, cancellationToken).ConfigureAwait(false);
        long bytes = await db.Chapters.Where(c => c.Story.GuildId == guildId && c.Part == 0).SumAsync(c => c.ByteLength, cancellationToken).ConfigureAwait(false);
        var settings = await db.GuildLibraries.AsNoTracking().FirstOrDefaultAsync(g => g.GuildId == guildId, cancellationToken).ConfigureAwait(false);
        int uploads = await UploadsThisHourAsync(guildId, cancellationToken).ConfigureAwait(false);
        return new LibraryUsage(stories, bytes, uploads, settings?.HideShared ?? false, settings?.CharactersJson is not null);
    }

    /// <summary>Deletes the server's whole library (stories, characters, settings, upload counts) at once.</summary>
    public async Task<int> ClearAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using IDisposable held = await ImportStores.For(db.Database.GetDbConnection())
            .AcquireImportLockAsync(time, static () => { }, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int stories = await db.Stories.Where(s => s.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Characters.Where(c => c.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.LibraryFiles.Where(f => f.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.GuildLibraries.Where(g => g.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.LibraryUploads.Where(u => u.GuildId == guildId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stories;
    }

    /// <summary>The bot was removed from the server (GUILD_DELETE, not an outage): its library is kept for the grace period.</summary>
    public async Task MarkRemovedAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.UseLibrary(LibraryScope.OwnLibrary(guildId));
        bool hasLibrary = await db.Stories.AnyAsync(s => s.GuildId == guildId, cancellationToken).ConfigureAwait(false)
            || await db.GuildLibraries.AnyAsync(g => g.GuildId == guildId, cancellationToken).ConfigureAwait(false);
        if (!hasLibrary)
        {
            return;
        }

        var row = await SettingsAsync(db, guildId, cancellationToken).ConfigureAwait(false);
        row.RemovedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The bot is (back) in the server (GUILD_CREATE): a pending deletion is called off.</summary>
    public async Task MarkPresentAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Read first: GUILD_CREATE arrives for every server at every connect, and a write each time would contend with
        // the other writers of the store (imports, the shards' identify ledger) for nothing.
        if (!await db.GuildLibraries.AnyAsync(g => g.GuildId == guildId && g.RemovedAt != null, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await db.GuildLibraries.Where(g => g.GuildId == guildId && g.RemovedAt != null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.RemovedAt, (DateTime?)null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the libraries of servers the bot left more than the grace period ago; returns those servers.</summary>
    public async Task<IReadOnlyList<ulong>> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        DateTime cutoff = time.GetUtcNow().UtcDateTime - Limits.RemovedServerGrace;
        List<ulong> expired;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            expired = await db.GuildLibraries.Where(g => g.RemovedAt != null && g.RemovedAt <= cutoff).Select(g => g.GuildId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (ulong guildId in expired)
        {
            await ClearAsync(guildId, cancellationToken).ConfigureAwait(false);
        }

        return expired;
    }

    private static async Task<GuildLibrary> SettingsAsync(StoryDbContext db, ulong guildId, CancellationToken cancellationToken)
    {
        var row = await db.GuildLibraries.AsTracking().FirstOrDefaultAsync(g => g.GuildId == guildId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new GuildLibrary { GuildId = guildId };
            db.GuildLibraries.Add(row);
        }

        return row;
    }

    private async Task<int> UploadsThisHourAsync(ulong guildId, CancellationToken cancellationToken)
    {
        DateTime since = time.GetUtcNow().UtcDateTime.AddHours(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LibraryUploads.CountAsync(u => u.GuildId == guildId && u.At > since, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordUploadAsync(ulong guildId, long bytes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.LibraryUploads.Add(new LibraryUpload { GuildId = guildId, Bytes = bytes, At = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string OneLine(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : string.Concat(line.AsSpan(0, 199), "…");
    }
}
