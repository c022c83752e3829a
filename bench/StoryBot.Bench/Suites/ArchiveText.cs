using System.Collections.Concurrent;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Decoding;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Bench.Suites;

/// <summary>
/// CPU-only passes over the archive (no database): read + decode (the import's floor), and parse + attribute (the
/// importer's parallel half, for the breakdown). The second pass also keeps every story paragraph for the baselines.
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

    /// <summary>Parses and attributes every file in parallel; returns the time and the story paragraphs in file order.</summary>
    public static (TimeSpan Elapsed, TimeSpan Cpu, GcSnapshot Gc, IReadOnlyList<string> Paragraphs, long Quotes, long Attributed) ParseAndAttribute(GeneratedArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var lists = new ConcurrentDictionary<string, CharacterList>(StringComparer.Ordinal);
        var paragraphs = new string[archive.Files.Count][];
        long quotes = 0;
        long attributed = 0;
        var clock = CpuClock.Start();
        GcSnapshot before = GcSnapshot.Now();
        Parallel.For(0, archive.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string file = archive.Files[i];
            ChapterParseResult result = ChapterParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            if (!result.Success)
            {
                paragraphs[i] = [];
                return;
            }

            CharacterList characters = lists.GetOrAdd(Path.GetDirectoryName(Path.GetDirectoryName(file))!, Characters);
            IReadOnlyList<AttributedLine> lines = SpeakerAttributor.Attribute(result.Chapter!, characters);
            Interlocked.Add(ref quotes, lines.Count);
            Interlocked.Add(ref attributed, lines.Count(l => l.Speaker is not null));
            paragraphs[i] = [.. result.Chapter!.Paragraphs.Select(p => p.Text)];
        });
        return (clock.Wall, clock.CpuUsed, GcSnapshot.Now().Since(before), [.. paragraphs.SelectMany(p => p)], quotes, attributed);
    }

    private static CharacterList Characters(string folder)
    {
        string file = Path.Combine(folder, "characters.json");
        return File.Exists(file) ? CharacterList.Parse(File.ReadAllText(file)) : CharacterList.Empty;
    }
}
