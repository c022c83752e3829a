using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StoryBot.Bench.Measurement;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;
using StoryBot.Data.Import;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>attribution-digest &lt;folder&gt; [passes] [--discover] [--dump file]</c>: parses every file as the importer does,
/// finds the cast (the folder's characters.json, else discovery; <c>--discover</c> ignores every characters.json),
/// attributes every chapter, and prints one SHA-256 over everything decided (each quote's span, kind, speaker,
/// confidence, mention and sieve, and each discovered cast) with the CPU seconds of parse, discovery and attribution on
/// one thread. Two runs print the same digest exactly when their attribution behaves the same; <c>--dump</c> writes the
/// lines as text for a diff.
/// </summary>
public static class AttributionDigest
{
    public static int Run(string folder, int passes, bool discover, string? dump, CancellationToken cancellationToken)
    {
        var discovery = ImportDiscovery.Run([folder], cancellationToken);
        List<ImportFile> files = [.. discovery.Files.OrderBy(f => f.FullPath, StringComparer.Ordinal)];
        byte[][] bytes = [.. files.Select(f => File.ReadAllBytes(f.FullPath))];
        long total = bytes.Sum(b => (long)b.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {total / 1e6:0.0} MB; load {MachineInfo.Load()}"));
        for (int pass = 0; pass < passes; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var works = new ParsedWork?[files.Count];
            double parse = Cpu(() =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    works[i] = WorkParser.Parse(bytes[i], files[i].ManifestName).Work;
                }
            });
            var casts = new CharacterList[files.Count];
            var found = new CharacterCast?[files.Count];
            double cast = Cpu(() =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    casts[i] = discover ? CharacterList.Empty : files[i].Settings.Characters;
                    if (works[i] is { } work && casts[i].Characters.Count == 0 && work.Chapters.Any(c => c.Paragraphs.Any(p => p.Quotes.Count > 0)))
                    {
                        found[i] = CharacterDiscovery.Resolve(work.Chapters, null, work.Metadata.Characters.Count > 0 ? work.Metadata.Characters : null);
                        casts[i] = found[i]!.List;
                    }
                }
            });
            var lines = new IReadOnlyList<AttributedLine>[files.Count][];
            double attribute = Cpu(() =>
            {
                for (int i = 0; i < files.Count; i++)
                {
                    lines[i] = [.. (works[i]?.Chapters ?? []).Select(c => SpeakerAttributor.Attribute(c, casts[i]))];
                }
            });
            long quotes = lines.Sum(f => f.Sum(c => (long)c.Count));
            long attributed = lines.Sum(f => f.Sum(c => (long)c.Count(l => l.Speaker is not null)));
            string digest = Digest(files, folder, found, lines, pass == 0 ? dump : null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass + 1}: parse {parse:0.000} CPU s, cast {cast:0.000} CPU s, attribute {attribute:0.000} CPU s ({total / 1e6 / attribute:0.0} MB/CPU s); {quotes:N0} quotes, {attributed:N0} attributed; load {MachineInfo.Load()}"));
            Console.WriteLine($"digest {digest}");
        }

        return 0;
    }

    private static string Digest(List<ImportFile> files, string folder, CharacterCast?[] found, IReadOnlyList<AttributedLine>[][] lines, string? dump)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using StreamWriter? writer = dump is null ? null : new StreamWriter(dump, append: false, new UTF8Encoding(false));
        var text = new StringBuilder();
        for (int i = 0; i < files.Count; i++)
        {
            text.Clear();
            text.Append("file\t").Append(Path.GetRelativePath(folder, files[i].FullPath)).Append('\n');
            foreach (FoundCharacter c in found[i]?.Entries ?? [])
            {
                text.Append("cast\t").Append(c.Character.Name).Append('\t').AppendJoin('|', c.Character.Aliases).Append('\t')
                    .Append(c.Character.Gender).Append('\t').Append(c.Source).Append('\t').Append(c.Speaks).Append('\t').Append(c.Mentions).Append('\n');
            }

            for (int chapter = 0; chapter < lines[i].Length; chapter++)
            {
                foreach (AttributedLine l in lines[i][chapter])
                {
                    text.Append(CultureInfo.InvariantCulture, $"{chapter}\t{l.ParagraphIndex}\t{l.Quote.Range.Start}\t{l.Quote.Range.Length}\t{l.Quote.Style}\t{l.Kind}\t")
                        .Append(l.Speaker).Append('\t').Append(l.Confidence.ToString("R", CultureInfo.InvariantCulture)).Append('\t')
                        .Append(l.SpeakerMention).Append('\t').Append(l.Sieve).Append('\t').Append(l.Quote.Text.ReplaceLineEndings(" ")).Append('\n');
                }
            }

            string block = text.ToString();
            hash.AppendData(Encoding.UTF8.GetBytes(block));
            writer?.Write(block);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static double Cpu(Action action)
    {
        TimeSpan start = Environment.CpuUsage.TotalTime;
        action();
        return (Environment.CpuUsage.TotalTime - start).TotalSeconds;
    }
}
