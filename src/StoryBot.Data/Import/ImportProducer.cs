using System.Security.Cryptography;
using System.Threading.Channels;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Data.Import;

/// <summary>
/// The reading half of an import: reads and hashes files in order and decides, before any parsing, what each one is.
/// A chapter's identity is its text, not its path: a file whose bytes are already stored under another path is that
/// chapter — moved there when the old file is gone, or a copy (skipped with a line saying so) when it is still there.
/// Everything else is parsed in parallel.
/// </summary>
internal sealed class ImportProducer
{
    private readonly Dictionary<string, ExistingChapter> existing;
    private readonly ImportStamps stamps;

    /// <summary>Stored chapters whose file is gone, by content hash: a new path with those bytes is a move.</summary>
    private readonly Dictionary<string, Queue<ExistingChapter>> vanished;

    /// <summary>Content hash → the path that holds those bytes (stored chapters whose file is there, and files read in this run).</summary>
    private readonly Dictionary<string, string> present;

    /// <param name="existing">A snapshot of the stored chapters by path; the producer removes the ones it relocates.</param>
    public ImportProducer(Dictionary<string, ExistingChapter> existing, ImportStamps stamps)
    {
        this.existing = existing;
        this.stamps = stamps;
        var (gone, there) = Split(existing.Values);
        vanished = gone
            .GroupBy(e => e.ContentHash, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<ExistingChapter>(g), StringComparer.Ordinal);
        present = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ExistingChapter chapter in there)
        {
            present.TryAdd(chapter.ContentHash, chapter.SourcePath);
        }
    }

    public async Task ProduceAsync(IReadOnlyList<ImportFile> files, ChannelWriter<Task<PreparedChapter>> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (ImportFile file in files)
            {
                Task<PreparedChapter> work = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
                await queue.WriteAsync(work, cancellationToken).ConfigureAwait(false);
            }

            queue.Complete();
        }
        catch (Exception ex)
        {
            queue.Complete(ex);
            throw;
        }
    }

    private async Task<Task<PreparedChapter>> ReadAsync(ImportFile file, CancellationToken cancellationToken)
    {
        string name = file.ManifestName;
        existing.TryGetValue(file.FullPath, out ExistingChapter? before);
        byte[] bytes;
        long length;
        long lastWrite;
        try
        {
            var info = new FileInfo(file.FullPath);
            length = info.Length;
            lastWrite = info.LastWriteTimeUtc.Ticks;
            if (before is not null && stamps.Vouches(before, length, lastWrite, file.Settings.Hash))
            {
                return Task.FromResult(new PreparedChapter(file, before.ContentHash, length) { Shortcut = ImportOutcome.Skipped, ExistingChapterId = before.Id });
            }

            if (FileKinds.NotRegular(file.FullPath) is { } kind)
            {
                return Failed(file, 0, $"{name}: {kind}, not a chapter file; skipped", before);
            }

            int limit = ChapterParserOptions.Default.MaxFileBytes;
            if (length > limit || await CappedRead.ReadFileAsync(file.FullPath, length, limit, cancellationToken).ConfigureAwait(false) is not { } read)
            {
                return Failed(file, length, $"{name}: file too large ({FileSizes.Format(Math.Max(length, limit + 1L))}; the limit is {FileSizes.Format(limit)}); skipped", before);
            }

            bytes = read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(file, 0, $"{name}: cannot be read ({ChapterPreparer.OneLine(ex.Message)}); skipped", before);
        }

        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        stamps.Observe(file.FullPath, length, lastWrite, hash);
        if (before is not null && before.ContentHash == hash && before.SettingsHash == file.Settings.Hash)
        {
            return Task.FromResult(new PreparedChapter(file, hash, bytes.Length) { Shortcut = ImportOutcome.Skipped, ExistingChapterId = before.Id });
        }

        if (before is null && vanished.TryGetValue(hash, out var candidates) && candidates.TryDequeue(out ExistingChapter? moved))
        {
            existing.Remove(moved.SourcePath);
            present[hash] = file.FullPath;
            return moved.SettingsHash == file.Settings.Hash
                ? Task.FromResult(new PreparedChapter(file, hash, bytes.Length) { Shortcut = ImportOutcome.Moved, ExistingChapterId = moved.Id })
                : Task.Run(() => ChapterPreparer.Prepare(file, bytes, hash, moved.Id, deferDiscovery: true), cancellationToken);
        }

        if (before is null && present.TryGetValue(hash, out string? twin) && twin != file.FullPath)
        {
            return Task.FromResult(new PreparedChapter(file, hash, bytes.Length)
            {
                Shortcut = ImportOutcome.Skipped,
                Error = $"{name}: the same text as {twin}, which is imported already; skipped",
            });
        }

        present.TryAdd(hash, file.FullPath);
        return Task.Run(() => ChapterPreparer.Prepare(file, bytes, hash, before?.Id, deferDiscovery: true), cancellationToken);
    }

    private static (List<ExistingChapter> Gone, List<ExistingChapter> There) Split(IEnumerable<ExistingChapter> chapters)
    {
        var gone = new List<ExistingChapter>();
        var there = new List<ExistingChapter>();
        foreach (ExistingChapter chapter in chapters)
        {
            (File.Exists(chapter.SourcePath) ? there : gone).Add(chapter);
        }

        return (gone, there);
    }

    private static Task<PreparedChapter> Failed(ImportFile file, long length, string reason, ExistingChapter? before) =>
        Task.FromResult(new PreparedChapter(file, string.Empty, length)
        {
            Shortcut = ImportOutcome.Failed,
            Error = before is null ? reason : $"{reason} (the chapter imported before is kept)",
        });
}
