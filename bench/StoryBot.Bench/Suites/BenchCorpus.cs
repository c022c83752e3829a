using StoryBot.Bench.Generation;

namespace StoryBot.Bench.Suites;

/// <summary>A generated corpus ("archive" or "longform") on disk, with each file's story paragraphs for the floors.</summary>
public sealed record BenchCorpus(string Name, GeneratedArchive Archive, IReadOnlyList<string[]> FileParagraphs)
{
    /// <summary>The whole corpus: its root folder as the one path to import.</summary>
    public CorpusPart Whole => new(Name, Name, Archive.Root, [Archive.Root], Archive.Bytes, [.. FileParagraphs.SelectMany(p => p)]);

    /// <summary>The files of cast folders <paramref name="from"/>..<paramref name="to"/> (each folder with its characters.json).</summary>
    public CorpusPart Casts(int from, int to, string label)
    {
        string[] folders = [.. Enumerable.Range(from, to - from + 1).Select(i => Path.Combine(Archive.Root, ArchiveGenerator.CastFolder(i))).Where(Directory.Exists)];
        var inside = Enumerable.Range(0, Archive.Files.Count)
            .Where(i => folders.Any(f => Archive.Files[i].StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .ToList();
        return new CorpusPart(Name, label, Archive.Root, folders, inside.Sum(i => new FileInfo(Archive.Files[i]).Length),
            [.. inside.SelectMany(i => FileParagraphs[i])]);
    }
}
