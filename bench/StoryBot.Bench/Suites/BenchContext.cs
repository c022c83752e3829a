using StoryBot.Bench.Cli;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>What the suites share in one run: options, the generated archive, its paragraphs, the imported database.</summary>
public sealed class BenchContext(BenchOptions options, string repositoryRoot)
{
    public BenchOptions Options { get; } = options;

    public string RepositoryRoot { get; } = repositoryRoot;

    public string SeedFolder => Options.SeedFolder ?? Path.Combine(RepositoryRoot, "seeds");

    /// <summary>StoryBot's own Release build (its deps.json must match its folder, so not the copy beside this benchmark).</summary>
    public string BotDll => Options.BotDll ?? Path.Combine(RepositoryRoot, "src", "StoryBot", "bin", "Release", "net10.0", "StoryBot.dll");

    /// <summary>The corpus the search, excerpt, trivia and bot suites use: the archive when generated, else the long-form corpus.</summary>
    public GeneratedArchive? Archive { get; set; }

    /// <summary>Every story paragraph of <see cref="Archive"/>, in file order.</summary>
    public IReadOnlyList<string> Paragraphs { get; set; } = [];

    /// <summary>The generated corpora, in the order of <c>--corpus</c> (archive, then long-form).</summary>
    public List<BenchCorpus> Corpora { get; } = [];

    /// <summary>Every measured import step, all stores (for the side-by-side table).</summary>
    public List<ImportStep> ImportSteps { get; } = [];

    /// <summary>Extra tables printed after the main one (Markdown).</summary>
    public List<string> Tables { get; } = [];

    /// <summary>The SQLite database the product imported <see cref="Archive"/> into (search, excerpt and trivia read it).</summary>
    public string? Database { get; set; }

    public List<Figure> Figures { get; } = [];

    public List<string> Notes { get; } = [];

    public void Log(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
