namespace StoryBot.Bench.Suites;

/// <summary>What one import step imports: the paths (a corpus root or some of its cast folders), their bytes and paragraphs.</summary>
public sealed record CorpusPart(string Corpus, string Label, string Root, IReadOnlyList<string> Paths, long Bytes, IReadOnlyList<string> Paragraphs);
