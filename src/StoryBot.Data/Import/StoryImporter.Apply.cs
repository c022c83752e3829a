using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace StoryBot.Data.Import;

/// <summary>How <see cref="StoryImporter"/> applies one prepared file to the store, prunes files that are gone, and logs.</summary>
public sealed partial class StoryImporter
{
    private static ImportFileResult Apply(
        PreparedChapter prepared,
        IChapterWriter writer,
        Dictionary<FolderSettings, Dictionary<string, int>> speakers,
        Dictionary<string, ExistingChapter> existing)
    {
        string path = prepared.File.FullPath;
        switch (prepared.Shortcut)
        {
            case ImportOutcome.Skipped:
                // Reason set: a copy of a chapter stored from another path.
                return new ImportFileResult(path, ImportOutcome.Skipped, prepared.Error) { Bytes = prepared.Bytes };
            case ImportOutcome.Moved:
                writer.Relocate(prepared.ExistingChapterId!.Value, path);
                if (existing.Values.FirstOrDefault(e => e.Id == prepared.ExistingChapterId) is { } old)
                {
                    existing.Remove(old.SourcePath);
                    existing[path] = old with { SourcePath = path };
                }

                return new ImportFileResult(path, ImportOutcome.Moved) { Bytes = prepared.Bytes };
            case ImportOutcome.Failed:
                return new ImportFileResult(path, ImportOutcome.Failed, prepared.Error) { Bytes = prepared.Bytes };
            default:
                break;
        }

        if (prepared.Error is not null)
        {
            string reason = prepared.ExistingChapterId is null ? prepared.Error : $"{prepared.Error} (the chapter imported before is kept)";
            return new ImportFileResult(path, ImportOutcome.Failed, reason) { Bytes = prepared.Bytes, Warnings = prepared.Warnings };
        }

        try
        {
            if (writer.SameWorkElsewhere(prepared) is { } other)
            {
                string author = prepared.Parts[0].Metadata.Author is { } by ? $" by {by}" : string.Empty;
                return new ImportFileResult(path, ImportOutcome.Skipped,
                    $"{prepared.File.ManifestName}: the same work as {Path.GetFileName(other)} (\"{prepared.StoryTitle}\"{author}), imported already; skipped")
                {
                    Bytes = prepared.Bytes,
                };
            }

            var (chapterId, number, replaced) = writer.Write(prepared, speakers.GetValueOrDefault(prepared.File.Settings) ?? []);
            if (replaced is not null && existing.Values.FirstOrDefault(e => e.Id == replaced && e.SourcePath != path) is { } old)
            {
                // The chapter came from another path before (moved, or moved and edited): it lives here now.
                existing.Remove(old.SourcePath);
            }

            existing[path] = new ExistingChapter(chapterId, path, prepared.ContentHash, prepared.File.Settings.Hash);
            return new ImportFileResult(path, replaced is null ? ImportOutcome.Imported : ImportOutcome.Replaced)
            {
                Bytes = prepared.Bytes,
                StoryTitle = prepared.StoryTitle,
                ChapterNumber = number,
                ChapterCount = prepared.Parts.Count,
                Warnings = prepared.Warnings,
            };
        }
        catch (DbException ex)
        {
            return new ImportFileResult(path, ImportOutcome.Failed,
                $"{prepared.File.ManifestName}: not stored ({ChapterPreparer.OneLine(ex.Message)}); nothing of it was written")
            {
                Bytes = prepared.Bytes,
            };
        }
    }

    private static void Prune(ImportDiscovery discovery, Dictionary<string, ExistingChapter> existing, IChapterWriter writer, List<ImportFileResult> results)
    {
        var gone = existing.Values
            .Where(e => discovery.Roots.Any(root => IsUnder(e.SourcePath, root)) && !File.Exists(e.SourcePath))
            .ToList();
        if (gone.Count == 0)
        {
            return;
        }

        writer.Begin();
        foreach (ExistingChapter chapter in gone)
        {
            writer.DeleteChapter(chapter.Id);
            existing.Remove(chapter.SourcePath);
            results.Add(new ImportFileResult(chapter.SourcePath, ImportOutcome.Pruned));
        }

        writer.DeleteEmptyStories();
        writer.Commit();
    }

    private static bool IsUnder(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: {Summary}")]
    private static partial void LogSummary(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for another import into {Database} to finish")]
    private static partial void LogWaiting(ILogger logger, string database);
}
