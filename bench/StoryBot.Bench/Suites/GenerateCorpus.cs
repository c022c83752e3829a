using StoryBot.Bench.Generation;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>generate archive|longform &lt;megabytes&gt; &lt;folder&gt; [seed]</c>: writes one of the bench's corpora (the same text the
/// import suite generates for that size and seed) and nothing else, for <c>stage-profile</c> and <c>attribution-digest</c>.
/// </summary>
public static class GenerateCorpus
{
    public static GeneratedArchive Run(string corpus, double megabytes, string root, ulong seed, string repositoryRoot)
    {
        SeedCorpus seeds = SeedCorpus.Load(Path.Combine(repositoryRoot, "seeds"));
        long bytes = (long)(megabytes * 1_000_000);
        return corpus == "longform"
            ? new LongformGenerator(seeds, seed).Generate(root, bytes)
            : new ArchiveGenerator(seeds, seed).Generate(root, bytes);
    }
}
