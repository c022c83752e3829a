using System.Collections.Concurrent;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Decoding;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Bench.Suites;

/// <summary>
/// CPU-only passes over a generated corpus (no database): read + decode (the import's floor), and parse + attribute (the
/// importer's parallel half, for the breakdown). The second pass also keeps every file's story paragraphs for the baselines.
/// </summary>
public static class ArchiveText
{
    public static (TimeSpan Wall, TimeSpan Cpu) ReadAndDecode(GeneratedArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var clock = CpuClock.Start();
        long chars = 0;
        Parallel.ForEach(archive.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            DecodeResult result = TextDecoder.Decode(File.ReadAllBytes(file));
            Interlocked.Add(ref chars, result.Text?.Length ?? 0);
        });
        return chars > 0 ? (clock.Wall, clock.CpuUsed) : (TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>
    /// Parses (as the importer does: <see cref="WorkParser"/>, so complete works, HTML and EPUB split into chapters) and
    /// attributes every file in parallel; returns the time and each file's story paragraphs, in file order.
    /// </summary>
    public static (TimeSpan Elapsed, TimeSpan Cpu, GcSnapshot Gc, IReadOnlyList<string[]> Paragraphs, long Quotes, long Attributed, long Chapters) ParseAndAttribute(GeneratedArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var lists = new ConcurrentDictionary<string, CharacterList>(StringComparer.Ordinal);
        var paragraphs = new string[archive.Files.Count][];
        long quotes = 0;
        long attributed = 0;
        long chapters = 0;
        var clock = CpuClock.Start();
        GcSnapshot before = GcSnapshot.Now();
        Parallel.For(0, archive.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string file = archive.Files[i];
            WorkParseResult result = WorkParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            if (!result.Success)
            {
                paragraphs[i] = [];
                return;
            }

            CharacterList characters = lists.GetOrAdd(Path.GetDirectoryName(file)!, folder => Characters(folder, archive.Root));
            var texts = new List<string>();
            foreach (ParsedChapter chapter in result.Work!.Chapters)
            {
                IReadOnlyList<AttributedLine> lines = SpeakerAttributor.Attribute(chapter, characters);
                Interlocked.Add(ref quotes, lines.Count);
                Interlocked.Add(ref attributed, lines.Count(l => l.Speaker is not null));
                texts.AddRange(chapter.Paragraphs.Select(p => p.Text));
            }

            Interlocked.Add(ref chapters, result.Work.Chapters.Count);
            paragraphs[i] = [.. texts];
        });
        return (clock.Wall, clock.CpuUsed, GcSnapshot.Now().Since(before), paragraphs, quotes, attributed, chapters);
    }

    /// <summary>The nearest characters.json from <paramref name="folder"/> up to <paramref name="root"/>.</summary>
    private static CharacterList Characters(string folder, string root)
    {
        for (string? at = folder; at is not null && at.Length >= root.Length; at = Path.GetDirectoryName(at))
        {
            string file = Path.Combine(at, "characters.json");
            if (File.Exists(file))
            {
                return CharacterList.Parse(File.ReadAllText(file));
            }
        }

        return CharacterList.Empty;
    }
}
