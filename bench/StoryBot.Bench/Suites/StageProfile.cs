using System.Globalization;
using System.Security.Cryptography;
using StoryBot.Bench.Measurement;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;
using StoryBot.Data;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>stage-profile &lt;folder&gt; &lt;database&gt; [passes]</c>: where an import's CPU goes, stage by stage, on one thread. Every
/// stage runs over all files as its own loop (so a stage's figure is its own process CPU, after a warm-up pass that
/// takes the JIT out), then the writer's calls are timed one by one into a fresh database (bulk path, as the importer
/// takes it into an empty store) and into the same database again under new paths (a filled store: foreign-key
/// checks on).
/// </summary>
public static class StageProfile
{
    public static async Task<int> RunAsync(string folder, string database, int passes, CancellationToken cancellationToken)
    {
        var discovery = ImportDiscovery.Run([folder], cancellationToken);
        List<ImportFile> files = discovery.Files;
        byte[][] bytes = [.. files.Select(f => File.ReadAllBytes(f.FullPath))];
        long total = bytes.Sum(b => (long)b.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {total / 1e6:0.0} MB; load {MachineInfo.Load()}"));
        var rows = new List<(string Stage, double Cpu)>();
        for (int pass = 0; pass < passes; pass++)
        {
            rows.Clear();
            Stage(rows, "read (File.ReadAllBytes)", () => { foreach (ImportFile f in files) { _ = File.ReadAllBytes(f.FullPath); } });
            Stage(rows, "hash (SHA-256)", () => { foreach (byte[] b in bytes) { _ = SHA256.HashData(b); } });
            string[] texts = new string[files.Count];
            Stage(rows, "decode + validate", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    ChapterParser.Validate(bytes[i], ChapterParserOptions.Default, out string? text, out _, out _);
                    texts[i] = text ?? string.Empty;
                }
            });
            var lines = new List<TextLine>[files.Count];
            Stage(rows, "split lines", () => { for (int i = 0; i < files.Count; i++) { lines[i] = TextLine.Split(texts[i]); } });
            string[] joined = new string[files.Count];
            Stage(rows, "hard-wrap detect + join + re-split", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    joined[i] = texts[i];
                    if (HardWrap.IsWrapped(texts[i], lines[i], out int width))
                    {
                        joined[i] = HardWrap.Join(texts[i], lines[i], width);
                        lines[i] = TextLine.Split(joined[i]);
                    }
                }
            });
            Stage(rows, "chapter split (headings)", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    _ = TextWorkSplitter.Run(joined[i], lines[i], WorkParserOptions.Default.MaxChapters);
                }
            });
            var works = new ParsedWork?[files.Count];
            Stage(rows, "WorkParser.Parse (all of the above from bytes + chapter parse)", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    works[i] = WorkParser.Parse(bytes[i], files[i].ManifestName).Work;
                }
            });
            var casts = new CharacterList[files.Count];
            Stage(rows, "character discovery (folders without characters.json)", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    casts[i] = files[i].Settings.Characters;
                    if (works[i] is { } work && casts[i].Characters.Count == 0 && work.Chapters.Any(c => c.Paragraphs.Any(p => p.Quotes.Count > 0)))
                    {
                        casts[i] = CharacterDiscovery.Resolve(work.Chapters, null, work.Metadata.Characters.Count > 0 ? work.Metadata.Characters : null).List;
                    }
                }
            });
            Stage(rows, "speaker attribution", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    foreach (ParsedChapter chapter in works[i]?.Chapters ?? [])
                    {
                        _ = SpeakerAttributor.Attribute(chapter, casts[i]);
                    }
                }
            });
            Stage(rows, "word counts", () =>
            {
                foreach (ParsedWork? work in works)
                {
                    foreach (Paragraph p in work?.Chapters.SelectMany(c => c.Paragraphs) ?? [])
                    {
                        _ = WordCounter.Count(p.Text);
                    }
                }
            });
            var prepared = new PreparedChapter[files.Count];
            Stage(rows, "ChapterPreparer.Prepare (parse + discovery + attribution + words)", () =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    prepared[i] = ChapterPreparer.Prepare(files[i], bytes[i], i.ToString(CultureInfo.InvariantCulture), null);
                }
            });
            await WriteAsync(rows, discovery, prepared, $"{database}.{pass}", pass, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"pass {pass + 1}:");
            foreach (var (stage, cpu) in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-72} {cpu,7:0.000} CPU s  {total / 1e6 / cpu,8:0.0} MB/CPU s"));
            }
        }

        return 0;
    }

    private static async Task WriteAsync(List<(string, double)> rows, ImportDiscovery discovery, PreparedChapter[] prepared, string database, int pass, CancellationToken cancellationToken)
    {
        foreach (string file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        await using ServiceProvider services = StoreServices.Build(database, Path.GetDirectoryName(database)!);
        await services.GetRequiredService<StoryDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await using StoryDbContext db = await services.GetRequiredService<IDbContextFactory<StoryDbContext>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        IImportStore store = ImportStores.For(db.Database.GetDbConnection());
        foreach (bool bulk in Environment.GetEnvironmentVariable("STAGE_BULK_ONLY") is "1" ? new[] { true } : new[] { true, false })
        {
            using IChapterWriter writer = store.CreateWriter(TimeProvider.System);
            double write = 0, index = 0, commit = 0, begin = 0;
            TimeSpan t = Now();
            if (bulk)
            {
                writer.SetBulkChecks(off: true);
            }

            writer.Begin();
            var speakers = new Dictionary<FolderSettings, Dictionary<string, int>>();
            foreach (FolderSettings settings in discovery.AllSettings.Distinct().Where(s => s.Characters.Characters.Count > 0))
            {
                speakers[settings] = writer.UpsertCharacters(settings.Characters);
            }

            writer.DeferSearchIndex(); // as the importer does for a load of 8 MB or more, into an empty or a filled store

            begin += Lap(ref t);
            long batch = 0;
            for (int i = 0; i < prepared.Length; i++)
            {
                PreparedChapter chapter = prepared[i];
                if (!bulk)
                {
                    chapter = chapter with { File = chapter.File with { FullPath = chapter.File.FullPath + ".again" } };
                }

                if (chapter.Error is not null)
                {
                    continue;
                }

                writer.Write(chapter, speakers.GetValueOrDefault(chapter.File.Settings) ?? []);
                write += Lap(ref t);
                batch += chapter.Bytes;
                if (writer.UnindexedChars >= ImportOptions.Default.SearchIndexChunkChars)
                {
                    writer.IndexWrittenParagraphs();
                    index += Lap(ref t);
                }

                if (batch >= ImportOptions.Default.BatchBytes)
                {
                    writer.IndexWrittenParagraphs();
                    index += Lap(ref t);

                    writer.Commit();
                    writer.Begin();
                    commit += Lap(ref t);
                    batch = 0;
                }
            }

            writer.IndexWrittenParagraphs();
            writer.ResumeSearchIndex();
            index += Lap(ref t);

            writer.Commit();
            commit += Lap(ref t);
            if (bulk)
            {
                writer.SetBulkChecks(off: false);
            }

            string label = bulk ? "empty store (bulk)" : "non-empty store";
            rows.Add(($"writer, {label}: rows (Write)", write));
            rows.Add(($"writer, {label}: full-text index chunks", index));
            rows.Add(($"writer, {label}: commits", commit));
            rows.Add(($"writer, {label}: total", write + index + commit + begin));
        }

        _ = pass;
    }

    private static void Stage(List<(string, double)> rows, string name, Action action)
    {
        TimeSpan start = Now();
        action();
        rows.Add((name, (Now() - start).TotalSeconds));
    }

    private static double Lap(ref TimeSpan t)
    {
        TimeSpan now = Now();
        double seconds = (now - t).TotalSeconds;
        t = now;
        return seconds;
    }

    private static TimeSpan Now() => Environment.CpuUsage.TotalTime;
}
