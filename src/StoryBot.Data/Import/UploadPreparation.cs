using System.Security.Cryptography;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>
/// The CPU half of an upload, shared by <c>/library add</c> (<see cref="UploadImporter"/>) and the re-reading of a
/// server's kept uploads after a new characters.json (<see cref="LibraryReattributor"/>), so both read a file the same way.
/// </summary>
internal static class UploadPreparation
{
    /// <summary>The import key of an upload: the server, the bytes and the name; the same file again replaces itself in place.</summary>
    public static string SourcePath(ulong guildId, string hash, string fileName) => $"discord:{guildId}/{hash}/{Path.GetFileName(fileName)}";

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Parses the file; with the server's characters.json it is attributed at once, without one it awaits the story's
    /// characters (<see cref="AttributeAsync"/>). <paramref name="rating"/> overrides the file's rating.
    /// </summary>
    public static async Task<PreparedChapter> PrepareAsync(ImportFile file, byte[] bytes, string hash, Rating? rating, CancellationToken cancellationToken)
    {
        PreparedChapter prepared = await Task.Run(() => ChapterPreparer.Prepare(file, bytes, hash, null, deferDiscovery: true), cancellationToken)
            .ConfigureAwait(false);
        if (prepared.Error is null && prepared.Parts.Count > 0 && rating is { } forced)
        {
            prepared = prepared with { Parts = [.. prepared.Parts.Select(p => p with { Metadata = p.Metadata with { Rating = forced } })] };
        }

        return prepared;
    }

    /// <summary>
    /// Without a characters.json the characters are found once the story is known: a chapter joining a stored story
    /// keeps the characters found in its other chapters (read in the writer's transaction).
    /// </summary>
    public static async Task<PreparedChapter> AttributeAsync(IChapterWriter writer, PreparedChapter prepared, CancellationToken cancellationToken)
    {
        if (!prepared.AwaitsCharacters)
        {
            return prepared;
        }

        CharacterList stored = writer.ReadStoryCharacters(writer.StorySlug(prepared));
        return await Task.Run(() => ChapterPreparer.DiscoverAndAttribute(prepared, stored), cancellationToken).ConfigureAwait(false);
    }
}
