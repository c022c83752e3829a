using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace StoryBot.Data.Import;

/// <summary>
/// Imports chapter files: files are read and hashed in order, parsed in parallel (bounded), and written by one writer in
/// file order. An unchanged file (same bytes, same folder settings) is skipped without parsing; a changed file replaces
/// its chapter inside one savepoint; a bad file is reported with a one-line reason and nothing stored is touched.
/// </summary>
public sealed partial class StoryImporter(
    IDbContextFactory<StoryDbContext> contexts,
    TimeProvider time,
    ILogger<StoryImporter> logger) : IStoryImporter
{

    /// <summary>Lists one folder while the import walks the tree (a seam: tests make a folder unreadable even as root).</summary>
    internal Func<DirectoryInfo, IEnumerable<FileSystemInfo>> ListFolder { get; init; } = FolderListing.List;

    public Task<ImportReport> ImportAsync(IEnumerable<string> paths, CancellationToken cancellationToken) =>
        ImportAsync(paths, ImportOptions.Default, cancellationToken);

    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        long started = time.GetTimestamp();
        var discovery = ImportDiscovery.Run(paths, ListFolder, cancellationToken);
        var results = new List<ImportFileResult>(discovery.Missing);

        await using (StoryDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            IImportStore store = ImportStores.For(db.Database.GetDbConnection());
            using IDisposable held = await store.AcquireImportLockAsync(time, () => LogWaiting(logger, store.Describe()), cancellationToken)
                .ConfigureAwait(false);
            Dictionary<string, ExistingChapter> existing = store.ReadExisting();
            var stamps = new ImportStamps(store.ReadStamps(), time.GetUtcNow().UtcDateTime - FileStamps.SettleTime);
            using (IChapterWriter writer = store.CreateWriter(time))
            {
                await RunAsync(discovery, existing, stamps, writer, options, results, cancellationToken).ConfigureAwait(false);
                if (options.Prune)
                {
                    Prune(discovery, existing, writer, results);
                }
            }

            store.SaveStamps(stamps.ToSave(results, existing));
        }

        var report = new ImportReport(results, discovery.Warnings, time.GetElapsedTime(started));
        // One summary line; the failures are the caller's to show (the command line prints them, the host logs them),
        // so each is said once.
        LogSummary(logger, report.Summary);
        ImportMetrics.Record(report);

        return report;
    }

    private async Task RunAsync(
        ImportDiscovery discovery,
        Dictionary<string, ExistingChapter> existing,
        ImportStamps stamps,
        IChapterWriter writer,
        ImportOptions options,
        List<ImportFileResult> results,
        CancellationToken cancellationToken)
    {
        int parallelism = Math.Max(1, options.Parallelism);
        var queue = Channel.CreateBounded<Task<PreparedChapter>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The producer decides skips and moves on its own snapshot; the writer keeps `existing` current for prune.
        Task producer = new ImportProducer(new Dictionary<string, ExistingChapter>(existing, StringComparer.Ordinal), stamps)
            .ProduceAsync(discovery.Files, queue.Writer, stop.Token);
        bool deferred = false;
        long[] lengths = [.. discovery.Files.Select(f => SafeLength(f.FullPath))];
        long pendingBytes = discovery.Files.Select((f, i) => existing.ContainsKey(f.FullPath) ? 0 : lengths[i]).Sum();
        var progress = new ProgressCounter(options.Progress, discovery.Files.Count, lengths.Sum(), results.Count);
        // A big load indexes in chunks between files instead of row by row (FTS5 flushes its pending terms at every
        // statement savepoint, so the triggers write one tiny segment per paragraph), into an empty or a filled store; only
        // into an empty one is it also a bulk load without foreign-key checks.
        bool deferIndex = writer.SupportsBulkLoad && pendingBytes >= options.DeferSearchIndexBytes;
        bool bulk = deferIndex && writer.ParagraphsEmpty();
        try
        {
            var speakers = new Dictionary<FolderSettings, Dictionary<string, int>>();
            long batchBytes = 0;
            if (bulk)
            {
                // A bulk load into an empty store only inserts, and the writer assigns every id itself, so the
                // foreign-key lookups (two per paragraph, three per quoted line) cannot fail; SQLite lets this pragma change
                // only outside a transaction. Restored in the finally below; nothing is deleted while it is off.
                writer.SetBulkChecks(off: true);
            }

            writer.Begin();
            if (bulk && !writer.ParagraphsEmpty())
            {
                // Another process imported in between: foreign-key checks back on (the index is still deferred, which is safe in a filled store).
                writer.Rollback();
                writer.SetBulkChecks(off: false);
                bulk = false;
                writer.Begin();
            }

            foreach (FolderSettings settings in discovery.AllSettings.Distinct().Where(s => s.Characters.Characters.Count > 0))
            {
                speakers[settings] = writer.UpsertCharacters(settings.Characters);
            }

            if (deferIndex)
            {
                writer.DeferSearchIndex();
                deferred = true;
            }

            // Files of a story without characters.json wait for its other chapter files (their characters are found over
            // all of them); the rest pass straight on. Written in file order; a file is written once its attribution is done
            // or when too many wait.
            var groups = new StoryGroups(writer.ReadStoryCharacters, options.MaxStoryBytes, stop.Token);
            var ready = new Queue<Task<PreparedChapter>>();
            await foreach (Task<PreparedChapter> next in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                groups.Add(await next.ConfigureAwait(false), ready);
                while (ready.TryPeek(out Task<PreparedChapter>? head) && (head.IsCompleted || ready.Count > parallelism * 2))
                {
                    batchBytes = Write(await ready.Dequeue().ConfigureAwait(false), batchBytes);
                }
            }

            groups.Flush(ready);
            while (ready.TryDequeue(out Task<PreparedChapter>? head))
            {
                batchBytes = Write(await head.ConfigureAwait(false), batchBytes);
            }

            // Stores one file; returns the bytes written since the last commit.
            long Write(PreparedChapter prepared, long uncommitted)
            {
                results.Add(Apply(prepared, writer, speakers, existing));
                uncommitted += prepared.Bytes;
                progress.FileDone(prepared.Bytes);
                if (deferred && writer.UnindexedChars >= options.SearchIndexChunkChars)
                {
                    writer.IndexWrittenParagraphs();
                }

                if (uncommitted >= options.BatchBytes)
                {
                    if (deferred)
                    {
                        writer.IndexWrittenParagraphs();
                    }

                    writer.Commit();
                    progress.Committed(results.Count);
                    writer.Begin();
                    uncommitted = 0;
                }
                else
                {
                    progress.Report();
                }

                return uncommitted;
            }

            await producer.ConfigureAwait(false);
            if (deferred)
            {
                writer.IndexWrittenParagraphs();
                writer.ResumeSearchIndex();
            }

            if (!bulk && results.Any(r => r.Outcome == ImportOutcome.Replaced))
            {
                writer.DeleteEmptyStories();
            }

            writer.Commit();
            progress.Committed(results.Count);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(producer).ConfigureAwait(false);
            if (writer.InTransaction)
            {
                writer.Rollback();
            }

            if (deferred)
            {
                // Committed batches stay; the index catches up now rather than at the next start.
                writer.Begin();
                writer.RebuildSearchIndex();
                writer.Commit();
            }

            throw;
        }
        finally
        {
            if (bulk && !writer.InTransaction)
            {
                writer.SetBulkChecks(off: false);
            }
        }
    }
}
